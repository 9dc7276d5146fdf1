import { resolve } from 'node:path';
import { writeCsvExport } from '../../app/data/write-csv-export.js';
import { writeJsonExport } from '../../app/data/write-json-export.js';
import { StrongtiesError } from '../../core/errors.js';
import { inertJson } from '../../core/inert-text.js';
import { createTranslator } from '../i18n.js';
import { withStore } from '../with-store.js';
import { formatCounts } from './forget.js';
import type { RegisterCommand } from './index.js';

const WRITERS = { json: writeJsonExport, csv: writeCsvExport } as const;
type Format = keyof typeof WRITERS;

export const registerExport: RegisterCommand = (program, runtime) => {
  program
    .command('export')
    .description(
      'Write all your data to one file: JSON (read back by `ties import`) or CSV for a spreadsheet.',
    )
    .option(
      '--format <json|csv>',
      'json: one versioned file to move or back up; csv: a zip of one CSV per table',
      'json',
    )
    .option(
      '-o, --output <path>',
      'where to write, - for standard output (default: strongties-export-DATE.json or .zip here)',
    )
    .option('--json', 'print the counts as JSON')
    .addHelpText('after', '\nThe format is documented in docs/export-format.md.')
    .action(async (options: { format: string; output?: string; json?: boolean }) => {
      if (!(options.format in WRITERS)) {
        throw new StrongtiesError('usage', `--format is json or csv, not ${options.format}`);
      }
      const format = options.format as Format;
      const date = new Date().toISOString().slice(0, 10);
      // `-` is standard output, as everywhere on the command line; what was written is then told on stderr.
      const toStdout = options.output === '-';
      const path = toStdout
        ? '-'
        : resolve(options.output ?? `strongties-export-${date}.${format === 'json' ? 'json' : 'zip'}`);
      const target = toStdout ? runtime.io.stdout : path;
      const counts = await withStore(runtime, (store, ownerId) => WRITERS[format](store, ownerId, target));
      const tell = (text: string) => (toStdout ? runtime.err(text) : runtime.out(text));
      if (options.json) return tell(inertJson({ path, format, ...counts }));
      const t = createTranslator(runtime.config.lang);
      tell(
        t('data.exported', { path: toStdout ? t('data.stdout') : path, counts: formatCounts(counts.tables) }),
      );
    });
};

import { writeFile } from 'node:fs/promises';
import { Option } from 'commander';
import { draftsToCsv, listDrafts } from '../../app/triage/index.js';
import { createTranslator } from '../i18n.js';
import { withStore } from '../with-store.js';
import type { RegisterCommand } from './index.js';

interface DraftsOptions {
  status: 'draft' | 'sent' | 'discarded' | 'all';
  format: 'json' | 'csv';
  out?: string;
  json?: boolean;
}

/** `ties drafts`: drafts to send in bulk, as JSON or spreadsheet-safe CSV. */
export const registerDrafts: RegisterCommand = (program, runtime) => {
  program
    .command('drafts')
    .description('export drafts to send in bulk; the CSV is safe to open in a spreadsheet (no formula runs)')
    .addOption(
      new Option('--status <status>', 'which drafts')
        .choices(['draft', 'sent', 'discarded', 'all'])
        .default('draft'),
    )
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--out <file>', 'write to FILE instead of standard output')
    .option('--json', 'same as --format json')
    .action(async (options: DraftsOptions) => {
      const rows = await withStore(runtime, (store, ownerId) =>
        listDrafts(store, ownerId, { status: options.status }),
      );
      const format = options.json ? 'json' : options.format;
      const text = format === 'csv' ? `${draftsToCsv(rows)}\n` : `${JSON.stringify(rows, null, 2)}\n`;
      if (!options.out) return void runtime.io.stdout.write(text);
      await writeFile(options.out, text, 'utf8');
      runtime.err(
        createTranslator(runtime.config.lang)('drafts.written', { count: rows.length, file: options.out }),
      );
    });
};

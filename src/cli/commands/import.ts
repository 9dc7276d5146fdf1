import { basename } from 'node:path';
import { restoreExport } from '../../app/data/restore-export.js';
import { type ImportSummary, isPartial } from '../../app/import-linkedin.js';
import { importLinkedinFile } from '../../app/import-linkedin-file.js';
import { importOtherNetwork } from '../../app/import-other-network.js';
import { StrongtiesError } from '../../core/errors.js';
import { singleLine } from '../../core/inert-text.js';
import { detectImport } from '../../import/detect-import.js';
import { INVITATION_TEMPLATES } from '../../import/other-network/template.js';
import { readStrongtiesExport } from '../../import/strongties/read-export.js';
import { EXIT } from '../exit-codes.js';
import { createTranslator } from '../i18n.js';
import { issueLine } from '../issue-line.js';
import { startProgress } from '../progress.js';
import type { Runtime } from '../runtime.js';
import { withStore } from '../with-store.js';
import { formatCounts } from './forget.js';
import type { RegisterCommand } from './index.js';

interface ImportOptions {
  json?: boolean;
  /** Print nothing (the demo and the server import for themselves). */
  quiet?: boolean;
  strict?: boolean;
  maxSize?: string;
  maxField?: string;
}

export const registerImport: RegisterCommand = (program, runtime) => {
  program
    .command('import')
    .argument(
      '[path]',
      'a LinkedIn data export (the zip as downloaded, or its folder), a Strongties export (.json), or invitations from another network (.csv, .json, .jsonl)',
    )
    .description('Import (or re-import) your LinkedIn data export; merges with what is already there.')
    .option('--template <csv|json>', 'print a template for invitations from another network, and exit')
    .option('--json', 'print the import summary as JSON')
    .option('--strict', 'refuse the whole import if any file or row has a problem')
    .option(
      '--max-size <MB>',
      'largest uncompressed size accepted (zip-bomb guard; default STRONGTIES_MAX_ARCHIVE_MB, else 2048)',
    )
    .option(
      '--max-field <chars>',
      'longest field kept, in characters; longer ones are cut and reported (default STRONGTIES_MAX_FIELD_CHARS, else 100000)',
    )
    .addHelpText(
      'after',
      `
Re-import whenever you download a newer export: new connections, invitations and messages are
added, changed companies and positions updated, connections no longer listed marked as removed
(never deleted). What you decided or wrote is never touched. The import is one transaction: if
it is interrupted, the previous state stays intact.

Invitations from Xing, Malt, Viadeo, X…: \`ties import --template csv > invitations.csv\`, fill it
in (columns network, name, profileUrl, headline, note, date, direction), then import the file.
A Strongties export (\`ties export\`) is read back the same way, with nothing lost.`,
    )
    .action(async (path: string | undefined, options: ImportOptions & { template?: string }) => {
      if (options.template !== undefined) return printTemplate(runtime, options.template);
      if (path === undefined)
        throw new StrongtiesError('usage', 'ties import needs a path (or --template csv|json)');
      const kind = await detectImport(path);
      if (kind === 'strongties') return runRestore(runtime, path, options);
      if (kind === 'strongties-csv') {
        throw new StrongtiesError(
          'invalid-input',
          'this is a Strongties CSV export, made for spreadsheets and not read back: import the JSON export (ties export --format json)',
          { file: basename(path) },
        );
      }
      if (kind !== 'linkedin')
        return runOtherNetwork(runtime, path, kind === 'invitations-csv' ? 'csv' : 'json', options);
      await runImport(runtime, path, options);
    });
};

export async function runImport(
  runtime: Runtime,
  path: string,
  options: ImportOptions,
): Promise<ImportSummary> {
  const config = runtime.config;
  const t = createTranslator(config.lang);
  const progress = startProgress(runtime, t('import.reading', { archive: basename(path) }), 'bytes');
  const summary = await withStore(runtime, (store) =>
    importLinkedinFile(store, path, {
      ownerId: config.ownerId,
      dataDir: config.dataDir,
      maxUncompressedBytes: maxSizeBytes(options.maxSize) ?? config.maxArchiveBytes,
      maxFieldChars: maxFieldChars(options.maxField) ?? config.maxFieldChars,
      strict: options.strict === true,
      onProgress: (done, total) => progress.update(done, total),
      reader: runtime.reader,
      onWarning: (message) => runtime.err(`ties import: ${message}`),
    }),
  ).finally(() => progress.stop());
  // Like the other batch commands: rows dropped or a file skipped is a partial import.
  if (isPartial(summary)) runtime.exitCode = EXIT.partial;
  if (options.json) runtime.json(summary);
  else if (!options.quiet) printSummary(runtime, summary, t);
  return summary;
}

/** `--max-size` in MB, when given: flag > STRONGTIES_MAX_ARCHIVE_MB > default (app/config.ts). */
function maxSizeBytes(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const mb = Number(flag);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new StrongtiesError('usage', `--max-size is a size in MB, not ${singleLine(flag)}`);
  return Math.round(mb * 1_048_576);
}

/** `--max-field` in characters, when given: flag > STRONGTIES_MAX_FIELD_CHARS > default (app/config.ts). */
function maxFieldChars(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const chars = Number(flag);
  if (!Number.isInteger(chars) || chars <= 0)
    throw new StrongtiesError('usage', `--max-field is a number of characters, not ${singleLine(flag)}`);
  return chars;
}

function printSummary(runtime: Runtime, s: ImportSummary, t: ReturnType<typeof createTranslator>): void {
  runtime.out(t('import.done', { archive: singleLine(s.archive) }));
  if (s.owner.name || s.owner.profileUrl) {
    runtime.out(
      t('import.owner', {
        name: singleLine(s.owner.name ?? ''),
        url: singleLine(s.owner.profileUrl ?? ''),
      }).trimEnd(),
    );
  }
  runtime.out(t('import.connections', s.connections));
  runtime.out(t('import.invitations', s.invitations));
  runtime.out(t('import.messages', s.messages));
  runtime.out(t('import.other', { endorsements: s.endorsements, ...s.recommendations }));
  for (const file of s.files.filter((f) => f.encoding !== 'utf-8'))
    runtime.out(t('import.encoding', { file: singleLine(file.path), encoding: file.encoding }));
  if (s.skippedFiles.length > 0)
    runtime.out(t('import.skipped', { files: s.skippedFiles.map((f) => singleLine(f)).join(', ') }));
  if (s.issues.length > 0) {
    runtime.out(t('import.issues', { count: s.issues.length }));
    const shown = s.issues.slice(0, 20);
    for (const issue of shown)
      runtime.out(`  ${singleLine(issue.file)}:${issue.line}: ${singleLine(issue.message)}`);
    if (s.issues.length > shown.length)
      runtime.out(`  … (${s.issues.length - shown.length} more; --json lists them all)`);
  }
  if (s.invitations.pendingIncoming > 0) runtime.out(t('import.next'));
}

function printTemplate(runtime: Runtime, format: string): void {
  if (format !== 'csv' && format !== 'json')
    throw new StrongtiesError('usage', `--template is csv or json, not ${format}`);
  runtime.io.stdout.write(INVITATION_TEMPLATES[format]);
}

async function runRestore(runtime: Runtime, path: string, options: ImportOptions): Promise<void> {
  const doc = await readStrongtiesExport(path);
  const summary = await withStore(runtime, (store, ownerId) => restoreExport(store, ownerId, doc));
  if (options.json) return runtime.json(summary);
  if (options.quiet) return;
  const t = createTranslator(runtime.config.lang);
  const added = Object.fromEntries(Object.entries(summary.tables).map(([table, c]) => [table, c.added]));
  runtime.out(t('data.restored', { counts: formatCounts(added) }));
}

async function runOtherNetwork(
  runtime: Runtime,
  path: string,
  format: 'csv' | 'json',
  options: ImportOptions,
): Promise<void> {
  const summary = await withStore(runtime, (store, ownerId) =>
    importOtherNetwork(store, path, {
      ownerId,
      format,
      strict: options.strict === true,
      maxBytes: runtime.config.maxArchiveBytes,
      ...(runtime.reader ? { reader: runtime.reader } : {}),
    }),
  );
  if (summary.issues.length > 0)
    runtime.exitCode = summary.added + summary.merged > 0 ? EXIT.partial : EXIT.failure;
  if (options.json) return runtime.json(summary);
  if (options.quiet) return;
  const t = createTranslator(runtime.config.lang);
  runtime.out(
    t('data.otherNetwork', { added: summary.added, merged: summary.merged, file: singleLine(summary.file) }),
  );
  for (const issue of summary.issues) runtime.err(issueLine(issue));
}

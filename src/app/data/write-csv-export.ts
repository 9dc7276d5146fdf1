import yazl from 'yazl';
import { camelKeys } from '../../core/json-keys.js';
import { toSpreadsheetCsv } from '../../core/spreadsheet-csv.js';
import { CSV_EXPORT_FORMAT, EXPORT_VERSION } from '../../import/strongties/export-format.js';
import { OWNER_TABLES } from '../../store/owner-tables.js';
import type { Store } from '../../store/store.js';
import { type ExportTarget, writeExportTo } from './export-target.js';
import { ownerAccount } from './owner-account.js';
import { ownerRows, schemaVersion } from './owner-rows.js';
import type { ExportCounts } from './write-json-export.js';

/**
 * Writes the owner's data as a zip of CSV files, one per table plus `account.csv`, and a
 * `manifest.json`. Every cell goes through `spreadsheetSafe`: a spreadsheet evaluates no formula and
 * shows no control or direction character a stranger wrote. That makes the CSV one-way (the apostrophe
 * and the replaced characters cannot be told from typed ones, nor an empty cell from no value);
 * docs/export-format.md says so and points to the JSON export for the round trip.
 */
export async function writeCsvExport(
  store: Store,
  ownerId: number,
  target: ExportTarget,
): Promise<ExportCounts> {
  const zip = new yazl.ZipFile();
  const done = writeExportTo(
    target,
    (out) =>
      new Promise<void>((resolve, reject) => {
        out.on('error', reject);
        // The target's owner ends it (writeExportTo, or the command for standard output).
        zip.outputStream.on('error', reject).on('end', resolve).pipe(out, { end: false });
      }),
  );
  const counts: Record<string, number> = {};
  const tables: { name: string; file: string; rows: number; columns: string[] }[] = [];
  // The same field names as the JSON export's rows (camelCase).
  const account = camelKeys(await ownerAccount(store.db, ownerId));
  zip.addBuffer(Buffer.from(toCsv(Object.keys(account), [account])), 'account.csv');
  for (const table of OWNER_TABLES) {
    const rows: Record<string, unknown>[] = [];
    for await (const page of ownerRows(store.db, ownerId, table)) rows.push(...page.map(camelKeys));
    const columns = rows[0] ? Object.keys(rows[0]) : [];
    zip.addBuffer(Buffer.from(toCsv(columns, rows)), `${table.name}.csv`);
    counts[table.name] = rows.length;
    tables.push({ name: table.name, file: `${table.name}.csv`, rows: rows.length, columns });
  }
  const manifest = {
    format: CSV_EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    schema: await schemaVersion(store.db),
    readBack: false,
    note: 'Cells are made safe for spreadsheets (an apostrophe before = + - @). Use `ties export --format json` to move your data.',
    tables,
  };
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json');
  zip.end();
  await done;
  return { tables: counts };
}

function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const data = rows.map((row) => columns.map((c) => row[c]));
  // A byte-order mark so that spreadsheets read UTF-8 (names with accents, emojis) as UTF-8.
  return `\uFEFF${toSpreadsheetCsv(columns, data)}\r\n`;
}

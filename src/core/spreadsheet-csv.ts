import { spreadsheetSafe } from './inert-text.js';

/**
 * CSV a spreadsheet opens without evaluating a stranger's formula, whatever separator it guesses
 * (LibreOffice offers `;`, tab and `|` besides `,`): every cell is quoted (RFC 4180, `"` doubled), so
 * no separator inside it splits it, and `spreadsheetSafe` defuses a dangerous start at the cell's
 * beginning and after any separator. Null and undefined are empty cells.
 */
export function toSpreadsheetCsv(
  fields: readonly string[],
  rows: readonly (readonly unknown[])[],
  newline = '\r\n',
): string {
  const cell = (v: unknown) =>
    `"${(v === null || v === undefined ? '' : spreadsheetSafe(String(v))).replace(/"/g, '""')}"`;
  return [fields, ...rows].map((row) => row.map(cell).join(',')).join(newline);
}

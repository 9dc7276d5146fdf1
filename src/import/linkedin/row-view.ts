import type { Issue } from '../../core/errors.js';
import { normalizeColumn } from './file-kinds.js';

/**
 * One data row seen through its file's header: fields are looked up by column name (never by
 * position), CRLF becomes LF, and problems become issues pushed to `issues`.
 */
export class RowView {
  constructor(
    private readonly columns: ReadonlyMap<string, number>,
    private readonly fields: readonly string[],
    readonly file: string,
    readonly line: number,
    readonly issues: Issue[],
  ) {}

  /** The file has this column (older exports lack some). */
  has(column: string): boolean {
    return this.columns.has(column);
  }

  /** The field's text, `''` when the column is absent (older exports). */
  text(column: string): string {
    const index = this.columns.get(column);
    const raw = index === undefined ? undefined : this.fields[index];
    return raw === undefined ? '' : raw.replace(/\r\n?/g, '\n');
  }

  /** Trimmed text, or `undefined` when absent or blank. */
  optional(column: string): string | undefined {
    const value = this.text(column).trim();
    return value === '' ? undefined : value;
  }

  /** A parsed date, or `undefined` (with a `bad-date` issue when the text was not empty). */
  date(column: string, parse: (text: string) => string | undefined): string | undefined {
    const raw = this.optional(column);
    if (raw === undefined) return undefined;
    const value = parse(raw);
    if (value === undefined) this.report('bad-date', column, `unreadable date "${raw.slice(0, 40)}"`);
    return value;
  }

  /** A date the record cannot do without: unreadable, the row is skipped (and says so). */
  requiredDate(column: string, parse: (text: string) => string | undefined): string | undefined {
    const raw = this.optional(column) ?? '';
    const value = parse(raw);
    if (value === undefined) this.report('bad-date', column, `unreadable date "${raw.slice(0, 40)}"`, 'row');
    return value;
  }

  report(code: string, column: string, detail: string, skips?: 'row'): void {
    this.issues.push({
      code,
      file: this.file,
      line: this.line,
      field: column,
      message: `${this.file} line ${this.line}: ${detail} in column "${column}"${skips ? '; row skipped' : ''}`,
      ...(skips ? { skips } : {}),
    });
  }
}

export function columnIndex(header: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    const key = normalizeColumn(name);
    if (!columns.has(key)) columns.set(key, index);
  });
  return columns;
}

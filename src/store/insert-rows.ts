import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';

type Table = keyof Database;
type Column<T extends Table> = keyof Insertable<Database[T]> & string;
type Row<T extends Table> = Insertable<Database[T]>;

/** What to do when a row's unique key exists: keep the stored row, or overwrite the named columns. */
export type OnConflict<T extends Table> =
  | { target: readonly Column<T>[]; keep: true }
  | { target: readonly Column<T>[]; update: readonly Column<T>[] };

export interface InsertRowsOptions<T extends Table, R extends Column<T>> {
  table: T;
  columns: readonly Column<T>[];
  onConflict: OnConflict<T>;
  /** Columns to return for every row written (with `update`, also for rows that existed). */
  returning?: readonly R[];
}

// SQLite accepts 32,766 bound values per statement, PostgreSQL 65,535; a few hundred rows per
// statement is where the per-statement cost stops mattering.
const MAX_ROWS = 500;
const MAX_PARAMS = 32_000;

/**
 * Multi-row `insert … on conflict` in statements of up to 500 rows. The query builder costs more than
 * the database on this path (an AST node per value), so the SQL text is built once per statement
 * shape and cached. Returns how many rows were inserted or updated, and the `returning` rows.
 */
export function rowInserter<T extends Table, R extends Column<T> = never>(
  dialect: DialectName,
  options: InsertRowsOptions<T, R>,
) {
  const { columns } = options;
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns.length)));
  const sqlByRows = new Map<number, string>();
  const sqlFor = (rows: number) => {
    let text = sqlByRows.get(rows);
    if (text === undefined) {
      text = buildSql(dialect, options, rows);
      sqlByRows.set(rows, text);
    }
    return text;
  };

  return async (
    db: Kysely<Database>,
    rows: readonly Row<T>[],
  ): Promise<{ written: number; returned: Pick<Row<T>, R>[] }> => {
    let written = 0;
    const returned: Pick<Row<T>, R>[] = [];
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const params: unknown[] = new Array(chunk.length * columns.length);
      let p = 0;
      for (const row of chunk) {
        for (const column of columns) params[p++] = (row as Record<string, unknown>)[column] ?? null;
      }
      const result = await db.executeQuery<Pick<Row<T>, R>>(CompiledQuery.raw(sqlFor(chunk.length), params));
      // A statement with `returning` reports its rows, not always an affected-row count.
      if (options.returning) for (const r of result.rows) returned.push(r);
      written += options.returning ? result.rows.length : Number(result.numAffectedRows ?? 0n);
    }
    return { written, returned };
  };
}

function buildSql<T extends Table, R extends Column<T>>(
  dialect: DialectName,
  { table, columns, onConflict, returning }: InsertRowsOptions<T, R>,
  rows: number,
): string {
  let n = 0;
  const placeholder = dialect === 'postgres' ? () => `$${++n}` : () => '?';
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) tuples.push(`(${columns.map(placeholder).join(', ')})`);
  const conflict =
    'keep' in onConflict
      ? 'do nothing'
      : `do update set ${onConflict.update.map((c) => `"${c}" = excluded."${c}"`).join(', ')}`;
  const quoted = (names: readonly string[]) => names.map((c) => `"${c}"`).join(', ');
  return (
    `insert into "${table}" (${quoted(columns)}) values ${tuples.join(', ')} ` +
    `on conflict (${quoted(onConflict.target)}) ${conflict}` +
    (returning && returning.length > 0 ? ` returning ${quoted(returning)}` : '')
  );
}

import type SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import type { DialectName } from './dialect.js';
import { nativeOf } from './native-sqlite.js';
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

// SQLite accepts 32,766 bound values per statement: a few hundred rows per statement is where the
// per-statement cost stops mattering. PostgreSQL gets one array per column instead (`unnest`): a
// multi-row VALUES list with thousands of parameters costs it ~75 ms to parse and plan, ten times
// the arrays' cost.
const MAX_ROWS = { sqlite: 500, postgres: 5000 } as const;
const MAX_PARAMS = 32_000;

// Columns that are not text, for the arrays' types on PostgreSQL.
export const PG_TYPES: Record<string, string> = {
  id: 'integer',
  owner_id: 'integer',
  person_id: 'integer',
  from_person_id: 'integer',
  first_import_id: 'integer',
  last_import_id: 'integer',
  hidden: 'integer',
  is_draft: 'integer',
  met_in_person: 'integer',
  exchanged_in_group: 'integer',
  points: 'integer',
  label_confidence: 'real',
  invitation_id: 'integer',
  decision_id: 'integer',
  reply_id: 'integer',
  length: 'integer',
  edited: 'integer',
  confidence: 'real',
};

/**
 * Multi-row `insert … on conflict`. The query builder costs more than the database on this path (an
 * AST node per value), so the SQL text is built once per statement shape and cached. Returns how many
 * rows were inserted or updated, and the `returning` rows.
 */
export function rowInserter<T extends Table, R extends Column<T> = never>(
  dialect: DialectName,
  options: InsertRowsOptions<T, R>,
) {
  const { columns } = options;
  const perStatement =
    dialect === 'postgres'
      ? MAX_ROWS.postgres
      : Math.max(1, Math.min(MAX_ROWS.sqlite, Math.floor(MAX_PARAMS / columns.length)));
  const sqlByRows = new Map<number, string>();
  const sqlFor = (rows: number) => {
    const shape = dialect === 'postgres' ? 0 : rows;
    let text = sqlByRows.get(shape);
    if (text === undefined) {
      text = buildSql(dialect, options, rows);
      sqlByRows.set(shape, text);
    }
    return text;
  };

  // Prepared once per shape on SQLite's native handle and reused for the whole import.
  const prepared = new WeakMap<object, Map<number, SqliteDatabase.Statement>>();
  const statementFor = (native: SqliteDatabase.Database, rows: number) => {
    let byRows = prepared.get(native);
    if (byRows === undefined) {
      byRows = new Map();
      prepared.set(native, byRows);
    }
    let statement = byRows.get(rows);
    if (statement === undefined) {
      statement = native.prepare(sqlFor(rows));
      byRows.set(rows, statement);
    }
    return statement;
  };

  return async (
    db: Kysely<Database>,
    rows: readonly Row<T>[],
  ): Promise<{ written: number; returned: Pick<Row<T>, R>[] }> => {
    let written = 0;
    const returned: Pick<Row<T>, R>[] = [];
    const native = dialect === 'sqlite' ? nativeOf(db) : undefined;
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement) as readonly Record<string, unknown>[];
      const params = dialect === 'postgres' ? columnArrays(chunk, columns) : flatValues(chunk, columns);
      if (native !== undefined) {
        const statement = statementFor(native, chunk.length);
        if (options.returning) {
          const found = statement.all(params) as Pick<Row<T>, R>[];
          for (const r of found) returned.push(r);
          written += found.length;
        } else written += statement.run(params).changes;
        continue;
      }
      const result = await db.executeQuery<Pick<Row<T>, R>>(CompiledQuery.raw(sqlFor(chunk.length), params));
      // A statement with `returning` reports its rows, not always an affected-row count.
      if (options.returning) for (const r of result.rows) returned.push(r);
      written += options.returning ? result.rows.length : Number(result.numAffectedRows ?? 0n);
    }
    return { written, returned };
  };
}

export function flatValues(rows: readonly Record<string, unknown>[], columns: readonly string[]): unknown[] {
  const params: unknown[] = new Array(rows.length * columns.length);
  let p = 0;
  for (const row of rows) for (const column of columns) params[p++] = row[column] ?? null;
  return params;
}

export function columnArrays(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
): unknown[][] {
  return columns.map((column) => rows.map((row) => row[column] ?? null));
}

function buildSql<T extends Table, R extends Column<T>>(
  dialect: DialectName,
  { table, columns, onConflict, returning }: InsertRowsOptions<T, R>,
  rows: number,
): string {
  const quoted = (names: readonly string[]) => names.map((c) => `"${c}"`).join(', ');
  let source: string;
  if (dialect === 'postgres') {
    const arrays = columns.map((c, i) => `$${i + 1}::${PG_TYPES[c] ?? 'text'}[]`);
    source = `select * from unnest(${arrays.join(', ')})`;
  } else {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    // `select … from (values …)` would be the same for SQLite; plain VALUES keeps its fast path.
    source = `values ${Array.from({ length: rows }, () => tuple).join(', ')}`;
  }
  const conflict =
    'keep' in onConflict
      ? 'do nothing'
      : `do update set ${onConflict.update.map((c) => `"${c}" = excluded."${c}"`).join(', ')}`;
  return (
    `insert into "${table}" (${quoted(columns)}) ${source} ` +
    `on conflict (${quoted(onConflict.target)}) ${conflict}` +
    (returning && returning.length > 0 ? ` returning ${quoted(returning)}` : '')
  );
}

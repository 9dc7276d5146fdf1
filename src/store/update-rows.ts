import { CompiledQuery, type Kysely } from 'kysely';
import type { DialectName } from './dialect.js';
import { columnArrays, flatValues, PG_TYPES } from './insert-rows.js';
import type { Database } from './schema.js';

type Table = keyof Database;

/**
 * Sets different values on many rows found by `id`, a few statements in all: `update … from` a
 * VALUES list on SQLite, from `unnest` arrays on PostgreSQL. Auto-triage caches thousands of
 * classifications and undo restores thousands of rows this way instead of one statement per row.
 */
export function rowUpdater<T extends Table>(dialect: DialectName, table: T, columns: readonly string[]) {
  const all = ['id', ...columns];
  const perStatement = dialect === 'postgres' ? 5000 : Math.max(1, Math.floor(32_000 / all.length));
  const quoted = (c: string) => `"${c}"`;
  const set = columns.map((c) => `${quoted(c)} = v.${quoted(c)}`).join(', ');
  const sqlFor = (rows: number) => {
    if (dialect === 'postgres') {
      const arrays = all.map((c, i) => `$${i + 1}::${PG_TYPES[c] ?? 'text'}[]`).join(', ');
      return `update "${table}" set ${set} from unnest(${arrays}) as v(${all.map(quoted).join(', ')}) where "${table}"."id" = v."id"`;
    }
    const tuple = `(${all.map(() => '?').join(', ')})`;
    const values = Array.from({ length: rows }, () => tuple).join(', ');
    return `with v(${all.map(quoted).join(', ')}) as (values ${values}) update "${table}" set ${set} from v where "${table}"."id" = v."id"`;
  };
  return async (db: Kysely<Database>, rows: readonly Record<string, unknown>[]): Promise<void> => {
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const params = dialect === 'postgres' ? columnArrays(chunk, all) : flatValues(chunk, all);
      await db.executeQuery(CompiledQuery.raw(sqlFor(chunk.length), params));
    }
  };
}

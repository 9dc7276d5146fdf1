import { sql } from 'kysely';
import type { Store } from './store.js';

/**
 * Runs an erasure so that the erased bytes do not survive in the database files. SQLite keeps deleted
 * cells in free space and old page versions in the write-ahead log. `secure_delete` zeroes what the
 * erasure frees, but not the stale copies earlier updates left behind (a row that grew and moved
 * pages while secure_delete was off): VACUUM rebuilds the file from the live rows only, and a
 * truncating checkpoint writes it back and empties the log. PostgreSQL rows are deleted; its files
 * are the server administrator's to vacuum.
 */
export async function withErasedTraces<T>(store: Store, erase: () => Promise<T>): Promise<T> {
  if (store.dialect !== 'sqlite') return erase();
  await sql`pragma secure_delete = on`.execute(store.db);
  try {
    return await erase();
  } finally {
    await sql`pragma secure_delete = off`.execute(store.db);
    await sql`vacuum`.execute(store.db);
    await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
  }
}

/** `column` contains `text`, on either dialect (LIKE would read `_` and `%` in URLs as wildcards). */
export function containsText(dialect: Store['dialect'], column: string, text: string) {
  return dialect === 'sqlite'
    ? sql<boolean>`instr(${sql.ref(column)}, ${text}) > 0`
    : sql<boolean>`strpos(${sql.ref(column)}, ${text}) > 0`;
}

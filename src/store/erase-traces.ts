import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './schema.js';
import type { Store } from './store.js';

/**
 * SQLite's `user_version` (a header field no migration uses) says an erasure committed its rows but
 * did not finish the scrub of the files. It is written in the erasure's own transaction, so a kill
 * after the commit leaves it set and the next open finishes the work.
 */
const ERASURE_PENDING = 0x5eca5e;

/**
 * Runs an erasure so that the erased bytes do not survive in the database files. SQLite keeps deleted
 * cells in free space and old page versions in the write-ahead log. `secure_delete` zeroes what the
 * erasure frees, but not the stale copies earlier updates left behind (a row that grew and moved
 * pages while secure_delete was off): VACUUM rebuilds the file from the live rows only, and a
 * truncating checkpoint writes it back and empties the log. PostgreSQL rows are deleted; its files
 * are the server administrator's to vacuum.
 */
export async function withErasedTraces<T>(
  store: Store,
  erase: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  const result = await commitErasure(store, erase);
  await finishErasure(store.db, store.dialect);
  return result;
}

/** The erasure's transaction alone, marked pending on SQLite (restartable: `finishErasure`). */
export async function commitErasure<T>(
  store: Store,
  erase: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (store.dialect !== 'sqlite') return store.transaction(erase);
  await sql`pragma secure_delete = on`.execute(store.db);
  try {
    return await store.transaction(async (trx) => {
      const result = await erase(trx);
      await sql.raw(`pragma user_version = ${ERASURE_PENDING}`).execute(trx);
      return result;
    });
  } finally {
    await sql`pragma secure_delete = off`.execute(store.db);
  }
}

/** True when an erasure committed on SQLite and its scrub of the files did not finish. */
export async function erasurePending(db: Kysely<Database>, dialect: Store['dialect']): Promise<boolean> {
  if (dialect !== 'sqlite') return false;
  const { rows } = await sql<{ user_version: number }>`pragma user_version`.execute(db);
  return rows[0]?.user_version === ERASURE_PENDING;
}

/** Rewrites the SQLite file from the live rows and empties the log; then clears the mark. */
export async function finishErasure(db: Kysely<Database>, dialect: Store['dialect']): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`vacuum`.execute(db);
  // The rebuilt pages are in the log until the checkpoint: clear the mark only once they are home.
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
  await sql`pragma user_version = 0`.execute(db);
  await sql`pragma wal_checkpoint(truncate)`.execute(db);
}

/** `column` contains `text`, on either dialect (LIKE would read `_` and `%` in URLs as wildcards). */
export function containsText(dialect: Store['dialect'], column: string, text: string) {
  return dialect === 'sqlite'
    ? sql<boolean>`instr(${sql.ref(column)}, ${text}) > 0`
    : sql<boolean>`strpos(${sql.ref(column)}, ${text}) > 0`;
}

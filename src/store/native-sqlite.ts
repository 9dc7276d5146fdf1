import type SqliteDatabase from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

type Native = SqliteDatabase.Database;

// The better-sqlite3 handle behind a SQLite transaction. Kysely's driver prepares every statement
// again on each call (5–7 % of an import's CPU, plus the executor's layers); the bulk path keeps its
// prepared statements on this handle instead. Only transactions are registered: inside one, the
// single connection belongs to that transaction, so a native statement runs in it; outside, another
// caller's transaction could be open on that connection.
const natives = new WeakMap<Kysely<Database>, Native>();

/** Runs `fn` in a Kysely transaction whose native handle the bulk path may use. */
export function nativeTransaction<T>(
  db: Kysely<Database>,
  native: Native,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    natives.set(trx, native);
    try {
      return await fn(trx);
    } finally {
      natives.delete(trx);
    }
  });
}

/** The native handle of a SQLite transaction opened by `nativeTransaction`, else undefined. */
export function nativeOf(db: Kysely<Database>): Native | undefined {
  return natives.get(db);
}

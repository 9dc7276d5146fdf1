import type { Kysely } from 'kysely';
import { StrongtiesError } from '../core/errors.js';
import type { DialectName } from './dialect.js';
import { erasurePending, finishErasure } from './erase-traces.js';
import { migrateToLatest } from './migrate.js';
import { openPostgres } from './open-postgres.js';
import { openSqlite } from './open-sqlite.js';
import type { Database } from './schema.js';
import { sqliteStore } from './sqlite-store.js';
import type { OnWait, Store } from './store.js';

/** Where the database is: the app's `Config` satisfies it (the store knows nothing of the app). */
export interface StoreLocation {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** Told when a write must wait for an import another connection is running (SQLite). */
  onWait?: OnWait | undefined;
}

/**
 * Opens the database the config names and applies pending migrations: PostgreSQL when `databaseUrl`
 * is set, else SQLite in the data directory.
 */
export async function openStore(config: StoreLocation): Promise<Store> {
  const dialect: DialectName = config.databaseUrl ? 'postgres' : 'sqlite';
  let db: Kysely<Database>;
  let sqlite: ReturnType<typeof openSqlite> | undefined;
  try {
    if (config.databaseUrl) db = openPostgres(config.databaseUrl);
    else ({ db } = sqlite = openSqlite(config.dataDir));
  } catch (error) {
    throw new StrongtiesError('database', `cannot open the database: ${String(error)}`, { cause: error });
  }
  try {
    await migrateToLatest(db, dialect);
    // An erasure killed after its commit left the erased bytes in free pages and the log: finish it.
    if (await erasurePending(db, dialect)) await finishErasure(db, dialect);
  } catch (error) {
    await db.destroy();
    if (error instanceof StrongtiesError) throw error;
    throw new StrongtiesError('database', `cannot open the database: ${String(error)}`, { cause: error });
  }
  if (sqlite !== undefined) return sqliteStore(config.dataDir, sqlite, config.onWait);
  return {
    db,
    dialect,
    transaction: (fn) => db.transaction().execute(fn),
    importTransaction: (fn) => db.transaction().execute(fn),
    close: () => db.destroy(),
  };
}

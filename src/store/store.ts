import type { Kysely, Transaction } from 'kysely';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';

/** An open database: SQLite in the data directory, or PostgreSQL when DATABASE_URL is set. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Runs `fn` in one transaction: all of it is written, or none of it (also on a crash or kill). */
  transaction<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  /**
   * The same for an import, a long write. On SQLite it runs on a connection of its own, so this
   * store's reads go on meanwhile (WAL: they see the state before the import until it commits), and
   * the data directory is marked so that a writer that has to wait is told why (`onWait`).
   */
  importTransaction<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  /**
   * True when other owners' rows share these tables unseen (the team server's row security): a table
   * that looks empty is not, and the application role owns no table, so an import must not drop and
   * rebuild indexes (see deferred-indexes.ts).
   */
  readonly ownerScoped?: boolean;
  close(): Promise<void>;
}

/** Why a write waits: an import holds the write lock since `startedAt` (ISO 8601). */
export type OnWait = (why: { importStartedAt: string }) => void;

/** `count(*)` arrives as a number from SQLite and as text or bigint from PostgreSQL drivers. */
export function toCount(value: string | number | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}

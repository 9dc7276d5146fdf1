import type { Transaction } from 'kysely';
import { markImport, runningImport } from './import-lock.js';
import { nativeTransaction } from './native-sqlite.js';
import { openSqlite } from './open-sqlite.js';
import type { Database } from './schema.js';
import type { OnWait, Store } from './store.js';

// How many busy timeouts (30 s each) a write waits for an import before giving up: 20 minutes.
const IMPORT_WAITS = 40;

/** The SQLite store of a data directory: `transaction` and `importTransaction` (see Store). */
export function sqliteStore(dataDir: string, opened: ReturnType<typeof openSqlite>, onWait?: OnWait): Store {
  const { db, native } = opened;
  return {
    db,
    dialect: 'sqlite',
    transaction: async (fn) => {
      for (let attempt = 1; ; attempt++) {
        await importDone(dataDir, onWait);
        try {
          return await nativeTransaction(db, native, fn);
        } catch (error) {
          // The busy timeout ran out: while an import still holds the lock, wait for it again.
          if (!isBusy(error) || attempt >= IMPORT_WAITS || runningImport(dataDir) === undefined) throw error;
        }
      }
    },
    importTransaction: async <T>(fn: (trx: Transaction<Database>) => Promise<T>) => {
      const own = openSqlite(dataDir);
      let unmark: (() => void) | undefined;
      try {
        // Marked before BEGIN IMMEDIATE: a writer of this process that found the lock taken would
        // otherwise wait in SQLite's busy handler, which blocks the event loop and so the import.
        unmark = markImport(dataDir);
        return await nativeTransaction(own.db, own.native, fn);
      } finally {
        unmark?.();
        await own.db.destroy();
      }
    },
    close: () => db.destroy(),
  };
}

const POLL_MS = 100;

/**
 * Waits, without blocking the event loop, for a running import to end; tells `onWait` once. A write
 * then takes the lock at once instead of spending SQLite's busy timeout.
 */
async function importDone(dataDir: string, onWait: OnWait | undefined): Promise<void> {
  const running = runningImport(dataDir);
  if (running === undefined) return;
  onWait?.({ importStartedAt: running.startedAt });
  while (runningImport(dataDir) !== undefined) await new Promise((r) => setTimeout(r, POLL_MS));
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT';
}

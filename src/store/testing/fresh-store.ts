import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';
import { createPostgresDatabase, type StoreKind } from './store-cases.js';

/** A second, empty store of the same kind (an empty data directory or a new database). */
export interface FreshStore {
  store: Store;
  dataDir: string;
  dispose: () => Promise<void>;
}

export async function openFreshStore(kind: StoreKind): Promise<FreshStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'strongties-fresh-'));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'sqlite') {
    const fresh: FreshStore = {
      store: await openStore({ dataDir }),
      dataDir,
      dispose: async () => {
        await fresh.store.close();
        await removeDir();
      },
    };
    return fresh;
  }
  const { url, drop } = await createPostgresDatabase(inject('postgresUrl'));
  const store = await openStore({ dataDir, databaseUrl: url });
  return {
    store,
    dataDir,
    dispose: async () => {
      await store.close();
      await drop();
      await removeDir();
    },
  };
}

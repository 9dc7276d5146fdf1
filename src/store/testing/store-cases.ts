import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';

declare module 'vitest' {
  // Declared by test/global-setup.ts, which the compiler does not see from here.
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * The contract suites run once per database: `describe.each(STORE_KINDS)`. SQLite is a real file in
 * a temporary directory; PostgreSQL is the server test/global-setup.ts started, with a fresh database
 * per suite. When no server could start, `skipPostgres` is true and the Postgres cases skip (and
 * under CI, fail the run).
 */
export const STORE_KINDS = ['sqlite', 'postgres'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export const skipsOn = (kind: StoreKind): boolean => kind === 'postgres' && inject('postgresUrl') === '';

/** Opens a fresh store for the suite; the getter returns it inside tests. */
export function suiteStore(kind: StoreKind): () => Store {
  let store: Store | undefined;
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    if (skipsOn(kind)) return;
    const dataDir = mkdtempSync(join(tmpdir(), 'strongties-test-'));
    if (kind === 'sqlite') {
      store = await openStore({ dataDir });
      cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
      return;
    }
    const { url, drop } = await createPostgresDatabase(inject('postgresUrl'));
    store = await openStore({ dataDir, databaseUrl: url });
    cleanup = drop;
  });
  afterAll(async () => {
    await store?.close();
    await cleanup();
  });
  return () => {
    if (!store) throw new Error('the store is opened in beforeAll');
    return store;
  };
}

export async function createPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `strongties_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** A new account, so tests sharing a suite's database do not see each other's rows. */
export async function newOwner(store: Store): Promise<number> {
  const { id } = await store.db
    .insertInto('accounts')
    .values({ name: `owner-${Math.random().toString(36).slice(2)}`, created_at: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { createPostgresDatabase, STORE_KINDS, skipsOn } from '../store/testing/store-cases.js';
import { importLinkedinExport } from './import-linkedin.js';
import { ArrayExportReader } from './testing/fake-export-reader.js';

// Issue 13 item 12: a long import must not freeze the server — its reads are answered meanwhile —
// and a writer that has to wait is told an import is running, then succeeds once it ends.

const connection = (i: number) => ({
  firstName: `First${i}`,
  lastName: `Last${i}`,
  profileUrl: `https://www.linkedin.com/in/p${i}`,
  hidden: false,
  connectedOn: '2024-01-01',
});

/** A reader held mid-file until `release`: the import then sits inside its transaction. */
function heldReader() {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let reached = () => {};
  const inside = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const inner = new ArrayExportReader({
    connections: Array.from({ length: 50 }, (_, i) => connection(i)) as never,
  });
  const reader: ArrayExportReader = Object.create(inner);
  reader.read = async function* (kind, options) {
    for await (const batch of inner.read(kind, options)) {
      yield batch;
      reached();
      await held;
    }
  };
  return { reader, release, inside };
}

const within = <T>(ms: number, p: Promise<T>): Promise<T | 'timed out'> =>
  Promise.race([p, new Promise<'timed out'>((r) => setTimeout(() => r('timed out'), ms))]);

describe.each(STORE_KINDS)('an import running on %s', (kind) => {
  const it = test.skipIf(skipsOn(kind));
  let location: { dataDir: string; databaseUrl?: string };
  let drop = async () => {};
  beforeAll(async () => {
    if (skipsOn(kind)) return;
    const dataDir = mkdtempSync(join(tmpdir(), 'strongties-busy-'));
    location = { dataDir };
    drop = async () => rmSync(dataDir, { recursive: true, force: true });
    if (kind === 'postgres') {
      const db = await createPostgresDatabase(inject('postgresUrl'));
      location = { dataDir, databaseUrl: db.url };
      drop = async () => {
        await db.drop();
        rmSync(dataDir, { recursive: true, force: true });
      };
    }
  });
  afterAll(() => drop());

  it('lets the server read, and makes another writer wait, told why, until it ends', async () => {
    const server: Store = await openStore(location);
    const waits: string[] = [];
    const other: Store = await openStore({ ...location, onWait: (w) => waits.push(w.importStartedAt) });
    const { reader, release, inside } = heldReader();
    try {
      const importing = importLinkedinExport(server, reader, { ownerId: 1 });
      await inside;
      // The server's own reads are answered while its import holds the write lock.
      const read = await within(
        5_000,
        server.db.selectFrom('accounts').select('id').where('id', '=', 1).executeTakeFirst(),
      );
      expect(read).toEqual({ id: 1 });
      // Another process's write: SQLite has one writer at a time, so it waits, told that an import is
      // running, and is not lost; PostgreSQL locks rows, so it goes through at once.
      const writing = other.transaction((trx) =>
        trx.updateTable('accounts').set({ headline: 'written meanwhile' }).where('id', '=', 1).execute(),
      );
      if (kind === 'sqlite') {
        expect(await within(500, writing)).toBe('timed out');
        expect(waits).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\dT/)]);
      } else expect(await within(5_000, writing)).not.toBe('timed out');
      release();
      const summary = await importing;
      await writing;
      expect(summary.connections.added).toBe(50);
      const account = await server.db
        .selectFrom('accounts')
        .select('headline')
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      expect(account.headline).toBe('written meanwhile');
    } finally {
      release();
      await other.close();
      await server.close();
    }
  }, 60_000);
});

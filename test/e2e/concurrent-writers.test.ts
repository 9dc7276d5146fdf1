import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importLinkedinExport } from '../../src/app/import-linkedin.js';
import { ArrayExportReader } from '../../src/app/testing/fake-export-reader.js';
import { syntheticRecords } from '../../src/app/testing/synthetic-records.js';
import { migrationProvider } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/open-store.js';
import { ensureBuilt, FIXTURES } from './built-dist.js';

const dataDir = join(mkdtempSync(join(tmpdir(), 'strongties-concurrent-')), 'data');
beforeAll(ensureBuilt);
afterAll(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

function addPeople(prefix: string, count: number): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [join(FIXTURES, 'add-people.mjs'), dataDir, prefix, String(count)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

test('two processes writing while a third imports lose no write and never fail busy', async () => {
  // All three open the fresh data directory at once, so they also race to migrate it.
  const writers = [addPeople('alpha', 200), addPeople('beta', 200)];
  const store = await openStore({ dataDir });
  try {
    const size = { connections: 3000, messages: 30_000, invitations: 300 };
    const summary = await importLinkedinExport(store, new PausingReader(syntheticRecords(size)), {
      ownerId: 1,
    });
    expect(summary.connections.added).toBe(3000);
    expect(summary.messages.added).toBe(30_000);

    const results = await Promise.all(writers);
    expect(results).toEqual([
      { code: 0, stderr: '' },
      { code: 0, stderr: '' },
    ]);
    for (const prefix of ['alpha', 'beta']) {
      const rows = await store.db
        .selectFrom('people')
        .select('id')
        .where('first_name', '=', prefix)
        .execute();
      expect(rows).toHaveLength(200);
    }
    const migrations = await store.db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .execute();
    // Three processes raced to migrate a fresh directory: each migration must be recorded exactly once.
    const names = (migrations as { name: string }[]).map((m) => m.name);
    const known = Object.keys(await migrationProvider('sqlite').getMigrations());
    expect([...names].sort()).toEqual([...known].sort());
  } finally {
    await store.close();
  }
});

/** Yields to the event loop between batches, as a real reader does while it unzips, so the import lasts. */
class PausingReader extends ArrayExportReader {
  override async *read<K extends Parameters<ArrayExportReader['read']>[0]>(
    kind: K,
    options: Parameters<ArrayExportReader['read']>[1] = {},
  ) {
    for await (const batch of super.read(kind, { ...options, batchSize: 500 })) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      yield batch;
    }
  }
}

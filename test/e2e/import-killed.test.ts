import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { importLinkedinExport } from '../../src/app/import-linkedin.js';
import { ArrayExportReader } from '../../src/app/testing/fake-export-reader.js';
import { syntheticRecords } from '../../src/app/testing/synthetic-records.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { ensureBuilt, FIXTURES, VITE_NODE } from './built-dist.js';

const dataDir = mkdtempSync(join(tmpdir(), 'strongties-kill-'));
beforeAll(ensureBuilt);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function snapshot(store: Store) {
  const counts: Record<string, number> = {};
  for (const table of ['people', 'connections', 'invitations', 'messages', 'imports'] as const) {
    const { n } = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(n);
  }
  const removed = await store.db
    .selectFrom('connections')
    .select('id')
    .where('status', '=', 'removed')
    .execute();
  return { counts, removed: removed.length };
}

test('a SIGKILL in the middle of an import leaves exactly the previous state', async () => {
  const before = await openStore({ dataDir });
  await importLinkedinExport(
    before,
    new ArrayExportReader(syntheticRecords({ connections: 200, messages: 500, invitations: 30 })),
    { ownerId: 1 },
  );
  const previous = await snapshot(before);
  await before.close();

  const child = spawn(process.execPath, [VITE_NODE, join(FIXTURES, 'slow-import.mjs'), dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  let lastProgress = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    lastProgress = Number(line.split(' ')[1] ?? 0);
    // Well inside the transaction: connections merged, messages half written.
    if (lastProgress > 0.5) {
      child.kill('SIGKILL');
      break;
    }
  }
  expect(await exited).toBe('SIGKILL');
  expect(lastProgress).toBeGreaterThan(0.5);
  expect(lastProgress).toBeLessThan(1);

  const after = await openStore({ dataDir });
  try {
    expect(await snapshot(after)).toEqual(previous);
    const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(after.db);
    expect(rows).toEqual([{ integrity_check: 'ok' }]);
  } finally {
    await after.close();
  }
});

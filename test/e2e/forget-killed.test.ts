import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, expect, test } from 'vitest';
import { forgetPerson } from '../../src/app/data/forget-person.js';
import {
  plantStaleCopy,
  seedOwnerData,
  TARGET,
  tracesInFiles,
} from '../../src/app/data/testing/owner-fixture.js';
import { openStore } from '../../src/store/open-store.js';
import { openFreshStore } from '../../src/store/testing/fresh-store.js';
import { ensureBuilt, FIXTURES } from './built-dist.js';

beforeAll(ensureBuilt);

const TRACES = ['zoe-quillard-4711', TARGET.last, TARGET.message];
const found = (dataDir: string) => tracesInFiles(dataDir, TRACES);

test('a SIGKILL between the erasure’s commit and the scrub of the file is finished by the next open', async () => {
  const fresh = await openFreshStore('sqlite');
  try {
    await seedOwnerData(fresh.store, 1);
    await plantStaleCopy(fresh.store);
    await fresh.store.close();

    const child = spawn(
      process.execPath,
      [join(FIXTURES, 'forget-and-hang.mjs'), fresh.dataDir, TARGET.url],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_c, signal) => resolve(signal)),
    );
    for await (const line of createInterface({ input: child.stdout })) {
      if (line === 'committed') {
        child.kill('SIGKILL');
        break;
      }
    }
    expect(await exited).toBe('SIGKILL');
    // The rows are gone but their bytes are still in the file: what the next open must finish.
    expect(found(fresh.dataDir)).not.toEqual([]);

    fresh.store = await openStore({ dataDir: fresh.dataDir });
    expect(found(fresh.dataDir)).toEqual([]);
    const people = await fresh.store.db.selectFrom('people').select('person_key').execute();
    expect(people.map((p) => p.person_key)).not.toContain(TARGET.url);
    await expect(forgetPerson(fresh.store, 1, TARGET.url)).rejects.toMatchObject({ code: 'not-found' });
  } finally {
    await fresh.dispose();
  }
});

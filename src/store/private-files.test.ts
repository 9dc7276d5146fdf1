import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SQLITE_FILE } from './open-sqlite.js';
import { openStore } from './open-store.js';
import { dataDirExposure, writeFileAtomic } from './private-files.js';

test('in an existing 0755 data directory the database, its log and shared memory are 0600, with a warning', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ties-perm-'));
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, SQLITE_FILE), '', { mode: 0o644 });
  const store = await openStore({ dataDir: dir });
  await store.db.selectFrom('people').select('id').execute();
  for (const suffix of ['', '-wal', '-shm']) {
    expect((statSync(join(dir, SQLITE_FILE + suffix)).mode & 0o777).toString(8), suffix).toBe('600');
  }
  await store.close();
  expect(dataDirExposure(dir)).toContain('readable by other users');
  chmodSync(dir, 0o700);
  expect(dataDirExposure(dir)).toBeUndefined();
});

test('a write that fails half-way leaves the previous file whole and no temporary file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ties-atomic-'));
  const file = join(dir, 'b.json');
  writeFileSync(file, 'previous backup');
  await expect(
    writeFileAtomic(file, async (out) => {
      out.write('half of the new');
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    }),
  ).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('no space left on the disk') });
  expect(readFileSync(file, 'utf8')).toBe('previous backup');
  expect(readdirSync(dir)).toEqual(['b.json']);
  await writeFileAtomic(file, async (out) => void out.write('new'));
  expect(readFileSync(file, 'utf8')).toBe('new');
  expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
});

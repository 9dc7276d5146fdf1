import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { createPostgresDatabase, STORE_KINDS, skipsOn } from '../../src/store/testing/store-cases.js';
import { generateLinkedinExport, writeZip } from '../../src/synthetic/index.js';
import { ensureBuilt } from './built-dist.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** Large enough that its import lasts many seconds, on any machine this runs on. */
const BIG = { seed: 3, connections: 5000, messages: 150_000, invitations: 500 } as const;

let dir = '';
let zip = '';

beforeAll(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'strongties-serve-signal-'));
  zip = join(dir, 'big.zip');
  await writeZip(generateLinkedinExport(BIG).files, zip);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** `ties serve` as a user starts it, with its own data and temporary folders; resolves with its URL. */
async function serve(
  dataDir: string,
  tempDir: string,
  databaseUrl: string,
): Promise<{ child: ChildProcess; url: URL }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'ties.js'), 'serve', '--port', '0'], {
    env: { ...process.env, STRONGTIES_DATA_DIR: dataDir, TMPDIR: tempDir, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for await (const line of createInterface({ input: child.stdout! })) {
    const match = /running at (\S+)/.exec(line);
    if (match) return { child, url: new URL(match[1]!) };
  }
  throw new Error('ties serve printed no address');
}

/** The page's session: the token exchanged for a cookie, then the anti-forgery token. */
async function session(url: URL): Promise<Record<string, string>> {
  const exchanged = await fetch(url, { redirect: 'manual' });
  const cookie = (exchanged.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await (
    await fetch(new URL('/api/session', url), { headers: { cookie } })
  ).json()) as {
    csrfToken: string;
  };
  return { cookie, origin: url.origin, 'x-csrf-token': csrfToken };
}

describe.each(STORE_KINDS)('ties serve on %s', (kind) => {
  const it = test.skipIf(skipsOn(kind));
  it('SIGTERM during a web import stops ties serve within a second, rolls back and removes the upload', async () => {
    let databaseUrl = '';
    let drop = async () => {};
    if (kind === 'postgres')
      ({ url: databaseUrl, drop } = await createPostgresDatabase(inject('postgresUrl')));
    const dataDir = await mkdtemp(join(dir, 'data-'));
    const tempDir = await mkdtemp(join(dir, 'tmp-'));
    const { child, url } = await serve(dataDir, tempDir, databaseUrl);
    const stderr: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const headers = await session(url);
      const posted = await fetch(new URL('/api/imports?name=big.zip', url), {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/zip' },
        body: await readFile(zip),
      });
      expect(posted.status).toBe(202);
      const { id } = (await posted.json()) as { id: string };
      // Wait until the merge is really under way: bytes of the export read, the upload on disk.
      for (;;) {
        const job = (await (await fetch(new URL(`/api/imports/${id}`, url), { headers })).json()) as {
          state: string;
          done: number;
        };
        expect(job.state).toBe('running');
        if (job.done > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect((await readdir(tempDir)).filter((name) => name.startsWith('strongties-upload-'))).toHaveLength(
        1,
      );

      const sent = performance.now();
      child.kill('SIGTERM');
      const code = await Promise.race([
        exited,
        new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 1000)),
      ]);
      const elapsed = performance.now() - sent;
      expect(code, `exit after ${Math.round(elapsed)} ms; stderr: ${stderr.join('')}`).toBe(0);
      expect((await readdir(tempDir)).filter((name) => name.startsWith('strongties-upload-'))).toEqual([]);
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    // All or nothing: the interrupted import left nothing behind.
    const store = await openStore({ dataDir, databaseUrl: databaseUrl || undefined });
    try {
      expect(await store.db.selectFrom('imports').select('id').execute()).toEqual([]);
      expect(await store.db.selectFrom('connections').select('id').execute()).toEqual([]);
    } finally {
      await store.close();
      await drop();
    }
  });
});

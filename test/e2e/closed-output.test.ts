import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from './built-dist.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TIES = join(ROOT, 'bin', 'ties.js');
const home = mkdtempSync(join(tmpdir(), 'ties-closed-out-'));
const dataDir = join(home, 'data');

beforeAll(() => {
  ensureBuilt();
  // The demo's 66 pending invitations print about 10 KB: more than `head -1` reads before it closes.
  execFileSync(process.execPath, [TIES, 'demo'], { env: { ...process.env, STRONGTIES_DATA_DIR: dataDir } });
}, 60_000);
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Runs a shell pipeline with `ties` as its first command; returns ties' own exit status and stderr. */
function pipeline(tail: string, args = 'invitations --limit 1000'): { status: number; err: string } {
  const errFile = join(home, 'err.txt');
  const shell = spawnSync(
    'bash',
    ['-c', `node '${TIES}' ${args} 2>'${errFile}' ${tail}; echo "\${PIPESTATUS[0]}"; cat '${errFile}' >&2`],
    { env: { ...process.env, STRONGTIES_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' }, encoding: 'utf8' },
  );
  return { status: Number(shell.stdout.trim().split('\n').at(-1)), err: shell.stderr };
}

describe('a closed or full standard output (issue 13 item 17)', () => {
  test('`ties invitations | head -1` ends quietly with 0, text and JSON, every time', () => {
    for (let round = 0; round < 3; round++) {
      for (const args of ['invitations --limit 1000', 'invitations --limit 1000 --json']) {
        const { status, err } = pipeline('| head -c 1 >/dev/null', args);
        expect(err, args).toBe('');
        expect(status, args).toBe(0);
      }
    }
  });

  test.runIf(existsSync('/dev/full'))('`ties invitations > /dev/full` is one line and exit 1', () => {
    const { status, err } = pipeline('>/dev/full');
    expect(status).toBe(1);
    expect(err).toBe('ties: cannot write the output: ENOSPC: no space left on device, write\n');
  });
});

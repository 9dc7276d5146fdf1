import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, expect, test } from 'vitest';
import { addInvitations } from '../../src/app/add-invitations.js';
import { main } from '../../src/cli/main.js';
import { normalizeProfileUrl } from '../../src/core/profile-url.js';
import { openStore } from '../../src/store/open-store.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ties-hostile-out-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (d) => (out += d));
  const stdin = new PassThrough();
  stdin.end('');
  const code = await main(args, {
    stdout,
    stderr,
    stdin,
    env: { STRONGTIES_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
  });
  return { code, out };
}

test('a percent-encoded escape in a profile URL reaches the terminal neutralised, and JSON escapes C1 and bidi', async () => {
  const store = await openStore({ dataDir });
  const url = normalizeProfileUrl('linkedin.com/in/t%1b%5d0%3bowned%07%c2%9b2J');
  expect(url).toContain('\u001b]0;owned\u0007');
  await addInvitations(
    store,
    1,
    [
      {
        network: 'linkedin',
        name: 'Eve \u202Eevil',
        profileUrl: url as string,
        note: 'hi\u0085',
        direction: 'incoming',
      },
    ],
    { source: 'manual' },
  );
  await store.close();

  const listed = await run(['invitations']);
  expect(listed.code).toBe(0);
  expect(listed.out).toContain('owned');
  expect(listed.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);

  const json = await run(['invitations', '--json']);
  expect(json.out).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
  expect(json.out).toContain('\\u202e');
  expect(JSON.parse(json.out)[0].profileUrl).toBe(url);
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { HOSTILE_POLICIES } from '../../src/core/policy/hostile-policies.js';
import { openLocalApp } from '../../src/server/testing/local-app.js';
import { runTies } from '../run-ties.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ties-hostile-policy-'));
const env = { STRONGTIES_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a hostile policy is one located line everywhere (issue 13 item 11)', () => {
  test.each(Object.keys(HOSTILE_POLICIES) as (keyof typeof HOSTILE_POLICIES)[])(
    '%s: policy check, policy show and triage --auto answer one line, exit 1, no stack trace',
    async (name) => {
      const file = join(dataDir, `${name}.yaml`);
      writeFileSync(file, HOSTILE_POLICIES[name]);
      for (const args of [
        ['policy', 'check', file],
        ['policy', 'show', '--policy', file],
        ['triage', '--auto', '--policy', file],
      ]) {
        const { code, err } = await runTies(env, args);
        expect(code, args.join(' ')).toBe(1);
        expect(err).toMatch(new RegExp(`^(ties: )?${file.replace(/[.\\/]/g, '\\$&')}:\\d+: `));
        expect(err).not.toMatch(/\n\s+at /);
        expect(err.trim().split('\n')).toHaveLength(1);
      }
    },
  );

  test('the web: saving an alias bomb is a 422 naming the line; a bomb on disk is a 422 too, not a 500', async () => {
    const { api, app, origin, headers } = await openLocalApp(dataDir, 4391);
    try {
      const saved = await app.request(`${origin}/api/policy`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ text: HOSTILE_POLICIES.aliasBomb }),
      });
      expect(saved.status).toBe(422);
      const body = (await saved.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid-policy');
      expect(body.error.message).toMatch(/^line \d+: more than 32 aliases/);
      writeFileSync(join(dataDir, 'policy.yaml'), HOSTILE_POLICIES.aliasBomb);
      const settings = await app.request(`${origin}/api/settings`, { headers });
      expect(settings.status).toBe(422);
      expect(JSON.stringify(await settings.json())).not.toMatch(/\\n\s+at /);
    } finally {
      await api.close();
      rmSync(join(dataDir, 'policy.yaml'), { force: true });
    }
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createPostgresDatabase } from '../../src/store/testing/store-cases.js';
import { generateLinkedinExport, writeZip } from '../../src/synthetic/index.js';
import { runTies } from '../run-ties.js';

interface Totals {
  incoming: Record<string, number>;
  decisions: Record<string, number>;
  replies: Record<string, number>;
  asks: { asked: number; answered: number; answerRate: number | null };
}
const nonZero = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

describe.each(['sqlite', 'postgres'] as const)('ties stats after a day of triage on %s', (kind) => {
  const it = test.skipIf(kind === 'postgres' && inject('postgresUrl') === '');
  let env: Record<string, string> = {};
  let dir = '';
  let drop = async () => {};

  beforeAll(async () => {
    if (kind === 'postgres' && inject('postgresUrl') === '') return;
    dir = await mkdtemp(join(tmpdir(), 'strongties-stats-'));
    env = { STRONGTIES_DATA_DIR: join(dir, 'data') };
    if (kind === 'postgres') {
      const db = await createPostgresDatabase(inject('postgresUrl'));
      env['DATABASE_URL'] = db.url;
      drop = db.drop;
    }
    const generated = generateLinkedinExport({ seed: 31, connections: 150, messages: 800, invitations: 80 });
    const archive = join(dir, generated.name);
    await writeZip(generated.files, archive);
    expect((await runTies(env, ['import', archive, '--json'])).code).toBe(0);
    expect((await runTies(env, ['policy', 'init', '--preset', 'ask-first'])).code).toBe(0);
  });
  afterAll(async () => {
    await drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('counts the live decisions, the replies and the answered asks exactly', async () => {
    const auto = JSON.parse((await runTies(env, ['triage', '--auto', '--json'])).out) as {
      byDecision: Record<string, number>;
      byLabel: Record<string, number>;
    };
    expect(auto.byDecision['ask']).toBeGreaterThan(1);

    // One asked person answers; the reply is attached to their ask.
    const invitations = JSON.parse(
      (await runTies(env, ['invitations', '--status', 'all', '--json'])).out,
    ) as {
      status: string;
      profileUrl: string;
    }[];
    const asked = invitations.find((i) => i.status === 'asked' && i.profileUrl);
    expect(asked).toBeDefined();
    const reply = await runTies(env, ['reply', 'add', asked!.profileUrl, '--json'], {
      stdin:
        'Thanks for asking! I am hiring a data analyst in Montréal and would love your advice on where to post the role.',
    });
    expect(reply.code).toBe(0);
    const recorded = JSON.parse(reply.out) as { label: string };

    const stats = JSON.parse((await runTies(env, ['stats', '--json'])).out) as { totals: Totals };
    expect(nonZero(stats.totals.decisions)).toEqual(nonZero(auto.byDecision));
    expect(stats.totals.replies).toEqual({ [recorded.label]: 1 });
    expect(stats.totals.asks).toEqual({
      asked: auto.byDecision['ask'],
      answered: 1,
      answerRate: 1 / (auto.byDecision['ask'] ?? 1),
    });
    for (const [label, n] of Object.entries(auto.byLabel))
      expect(stats.totals.incoming[label]).toBeGreaterThanOrEqual(n);

    // Undoing the reply's effects and the whole auto-triage leaves no decision to count.
    expect((await runTies(env, ['undo'])).code).toBe(0);
    expect((await runTies(env, ['undo'])).code).toBe(0);
    const after = JSON.parse((await runTies(env, ['stats', '--json'])).out) as { totals: Totals };
    expect(nonZero(after.totals.decisions)).toEqual({});
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { importLinkedinExport } from '../../src/app/import-linkedin.js';
import type { NetworkTie } from '../../src/app/network/network-ties.js';
import type { NetworkStats } from '../../src/core/network/stats.js';
import { openLinkedinExport } from '../../src/import/linkedin/open-linkedin-export.js';
import { openStore } from '../../src/store/open-store.js';
import { createPostgresDatabase } from '../../src/store/testing/store-cases.js';
import { type GeneratedExport, generateLinkedinExport, writeZip } from '../../src/synthetic/index.js';
import { runTies } from '../run-ties.js';

/** A `ties` run with captured output; `keys` typed on a terminal when given. */
const ties = (env: Record<string, string>, args: string[], keys?: string) =>
  runTies(env, args, keys === undefined ? {} : { keys });

describe.each(['sqlite', 'postgres'] as const)('ties network, stats, tag and segment on %s', (kind) => {
  const it = test.skipIf(kind === 'postgres' && inject('postgresUrl') === '');
  let env: Record<string, string> = {};
  let generated: GeneratedExport;
  let dataDir = '';
  let drop = async () => {};

  beforeAll(async () => {
    if (kind === 'postgres' && inject('postgresUrl') === '') return;
    dataDir = await mkdtemp(join(tmpdir(), 'strongties-network-'));
    env = { STRONGTIES_DATA_DIR: dataDir };
    if (kind === 'postgres') {
      const db = await createPostgresDatabase(inject('postgresUrl'));
      env['DATABASE_URL'] = db.url;
      drop = db.drop;
    }
    generated = generateLinkedinExport({ seed: 11, connections: 500, messages: 4000, invitations: 300 });
    const zip = join(dataDir, generated.name);
    await writeZip(generated.files, zip);
    const store = await openStore({ dataDir, databaseUrl: env['DATABASE_URL'] });
    const reader = await openLinkedinExport(zip, { maxUncompressedBytes: 500_000_000 });
    try {
      await importLinkedinExport(store, reader, { ownerId: 1 });
    } finally {
      await reader.close();
      await store.close();
    }
  });
  afterAll(async () => {
    await drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('ranks the generator’s strong ties in the top decile and its weak ties in the bottom decile', async () => {
    const { code, out } = await ties(env, ['network', 'strength', '--json']);
    expect(code).toBe(0);
    const list = JSON.parse(out) as Array<NetworkTie & { words: string[] }>;
    const scores = list.map((t) => t.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    const bottom = scores[Math.floor(scores.length * 0.1) - 1]!;
    const top = scores[Math.ceil(scores.length * 0.9)]!;
    const byUrl = new Map(list.map((t) => [t.profileUrl, t]));
    expect(generated.truth.strongTies.length).toBeGreaterThan(0);
    for (const url of generated.truth.strongTies) expect(byUrl.get(url)?.score).toBeGreaterThanOrEqual(top);
    for (const url of generated.truth.weakTies) expect(byUrl.get(url)?.score).toBeLessThanOrEqual(bottom);
    expect(byUrl.get(generated.truth.strongTies[0]!)?.words.join(' ')).toMatch(/last message \d+ days ago/);
  });

  it('prints a sorted, filtered table on request', async () => {
    const { code, out } = await ties(env, [
      'network',
      'strength',
      '--sort',
      'score',
      '--desc',
      '--limit',
      '3',
    ]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^score\s+name\s+company\s+why$/);
    expect(lines).toHaveLength(4);
    const bad = await ties(env, ['network', 'strength', '--sort', 'age']);
    expect(bad.code).toBe(2);
  });

  it('reviews on a terminal with one key each, undo included, and lists the removals with links', async () => {
    const before = JSON.parse(
      (await ties(env, ['network', 'review', '--json', '--limit', '4'])).out,
    ) as NetworkTie[];
    // remove, keep, undo (the keep), met in person, quit.
    const { code, out } = await ties(env, ['network', 'review'], 'rkumq');
    expect(code).toBe(0);
    expect(out).toContain('Do you remember this person?');
    expect(out).toContain('Review finished: 2/');
    const removals = await ties(env, ['network', 'removals', '--json']);
    const report = JSON.parse(removals.out) as { toRemove: Array<{ profileUrl: string }> };
    expect(report.toRemove.map((r) => r.profileUrl)).toEqual([before[0]!.profileUrl]);
    const after = JSON.parse((await ties(env, ['network', 'strength', '--json'])).out) as NetworkTie[];
    const second = after.find((t) => t.connectionId === before[1]!.connectionId)!;
    expect(second.reviewStatus).toBe('keep');
    expect(second.score).toBeGreaterThanOrEqual(60);
    const text = await ties(env, ['network', 'removals']);
    expect(text.out).toContain('To remove on LinkedIn');
    expect(text.out).toContain(before[0]!.profileUrl!);
  });

  it('prints the queue without a terminal', async () => {
    const { code, out } = await ties(env, ['network', 'review', '--limit', '2']);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(2);
  });

  it('tags, segments and audits exposure', async () => {
    const [a, b, c] = generated.truth.strongTies;
    expect((await ties(env, ['tag', a!, 'competitor'])).code).toBe(0);
    expect((await ties(env, ['tag', b!, 'client'])).code).toBe(0);
    expect((await ties(env, ['tag', c!, 'client', 'vip'])).out.trim()).toBe('client, vip');
    expect((await ties(env, ['tag', '--remove', c!, 'vip'])).out.trim()).toBe('client');
    const unknown = await ties(env, ['tag', 'https://www.linkedin.com/in/nobody-here', 'x']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^ties: nobody with the profile/);
    const audit = JSON.parse((await ties(env, ['network', 'exposure', '--json'])).out);
    expect(audit.counts).toMatchObject({ competitors: 1, clients: 2, exposedPairs: 2 });

    const badRule = await ties(env, ['segment', 'add', 'x', '--rule', '{"salary":1}']);
    expect(badRule.code).toBe(1);
    expect(badRule.err).toContain('invalid rule');
    expect((await ties(env, ['segment', 'add', 'weak', '--rule', '{"strengthBelow": 5}'])).code).toBe(0);
    const weak = JSON.parse((await ties(env, ['segment', 'show', 'weak', '--json'])).out) as NetworkTie[];
    expect(weak.every((t) => t.score < 5)).toBe(true);
    const urls = new Set(weak.map((t) => t.profileUrl));
    for (const url of generated.truth.weakTies) expect(urls.has(url)).toBe(true);
    const filtered = JSON.parse(
      (await ties(env, ['network', 'strength', '--segment', 'client', '--json'])).out,
    );
    expect(filtered).toHaveLength(2);
    expect((await ties(env, ['segment', 'list'])).out).toContain('strengthBelow');
    expect((await ties(env, ['segment', 'rm', 'weak'])).code).toBe(0);
    expect((await ties(env, ['segment', 'rm', 'weak'])).code).toBe(1);
  });

  it('counts statistics that match the generated export', async () => {
    const { code, out } = await ties(env, ['stats', '--json']);
    expect(code).toBe(0);
    const stats = JSON.parse(out) as NetworkStats;
    const { counts, hiddenConnections } = generated.truth;
    const incoming = stats.months.reduce(
      (s, m) => s + Object.values(m.incoming).reduce((a, b) => a + b, 0),
      0,
    );
    expect(incoming + stats.totals.outgoing).toBe(counts.invitations);
    expect(stats.months.reduce((s, m) => s + m.connected, 0)).toBe(counts.connections);
    expect(stats.totals.connections).toBe(counts.connections);
    expect(stats.strengthDeciles.reduce((a, b) => a + b, 0)).toBe(counts.connections);
    expect(hiddenConnections).toBeGreaterThanOrEqual(0);
    const table = await ties(env, ['stats']);
    expect(table.out).toMatch(/^month\s/);
    expect(table.out).toContain('Tie strength by decile');
    // The table shows the latest months, in the interface's language.
    const french = await ties(env, ['--lang', 'fr', 'stats', '--months', '2']);
    const lines = french.out.split('\n');
    expect(lines[0]).toMatch(/^mois\s.*reçues, /);
    expect(lines.slice(1, 3).map((l) => l.slice(0, 7))).toEqual(stats.months.slice(-2).map((m) => m.month));
    expect(lines[3]).toBe('');
    expect(french.out).toContain(`2 derniers mois sur ${stats.months.length}`);
  });
});

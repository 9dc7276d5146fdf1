import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { importLinkedinExport } from '../../src/app/import-linkedin.js';
import {
  addReply,
  autoTriage,
  decide,
  followUps,
  listDrafts,
  listLog,
  listReplies,
  loadTriageQueue,
  undoLast,
} from '../../src/app/triage/index.js';
import { textReader } from '../../src/core/classify/index.js';
import { type Policy, parsePolicy } from '../../src/core/policy/index.js';
import { normalizeProfileUrl } from '../../src/core/profile-url.js';
import { openLinkedinExport } from '../../src/import/linkedin/open-linkedin-export.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { createPostgresDatabase } from '../../src/store/testing/store-cases.js';
import { type GeneratedExport, generateLinkedinExport, writeZip } from '../../src/synthetic/index.js';

const LOOP_POLICY = `version: 1
language: en
goal: { fr: bâtir un réseau fort, en: build a strong network }
reason: { fr: nous ne nous sommes pas rencontrés, en: we have not met yet }
signature: Alex
rules:
  - name: scams-ignored
    when: { label: scam }
    decision: ignore
  - name: pitches-asked
    when: { label: pitch }
    decision: ask
default: { decision: decline }
`;

function loopPolicy(): Policy {
  const parsed = parsePolicy(LOOP_POLICY);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const DAY = 86_400_000;
const NOW = new Date('2026-11-24T09:00:00Z');
const OPTIONS = { seed: 21, connections: 120, messages: 400, invitations: 160 } as const;

/**
 * Every table's rows but the log's (undo adds to it), undone decisions (kept as history) and the
 * policies table (reference texts by version, which the log's decisions keep naming).
 */
async function tableState(store: Store): Promise<Record<string, unknown[]>> {
  const tables = [
    'accounts',
    'people',
    'tags',
    'connections',
    'invitations',
    'messages',
    'imports',
    'segments',
    'decisions',
    'drafts',
    'replies',
  ];
  const state: Record<string, unknown[]> = {};
  for (const table of tables) {
    const where = table === 'decisions' ? sql`where undone_at is null` : sql``;
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} ${where}`.execute(
      store.db,
    );
    state[table] = rows
      .map((r) => JSON.stringify(r))
      .sort()
      .map((r) => JSON.parse(r));
  }
  return state;
}

async function importZip(store: Store, dir: string, generated: GeneratedExport, policy?: Policy) {
  const zip = join(dir, generated.name);
  await writeZip(generated.files, zip);
  const reader = await openLinkedinExport(zip, { maxUncompressedBytes: 500_000_000 });
  try {
    return await importLinkedinExport(store, reader, {
      ownerId: 1,
      ...(policy && { replies: { policy, reader: textReader, now: new Date(NOW.getTime() + 50 * DAY) } }),
    });
  } finally {
    await reader.close();
  }
}

describe.each(['sqlite', 'postgres'] as const)('the daily triage loop on %s', (kind) => {
  const skip = kind === 'postgres' && inject('postgresUrl') === '';
  const it = test.skipIf(skip);
  let store: Store;
  let dir = '';
  let drop = async () => {};
  const policy = loopPolicy();
  const deps = { policy, reader: textReader, now: NOW };

  beforeAll(async () => {
    if (skip) return;
    dir = await mkdtemp(join(tmpdir(), 'strongties-triage-'));
    let databaseUrl: string | undefined;
    if (kind === 'postgres') {
      const db = await createPostgresDatabase(inject('postgresUrl'));
      databaseUrl = db.url;
      drop = db.drop;
    }
    store = await openStore({ dataDir: dir, databaseUrl });
  });
  afterAll(async () => {
    await store?.close();
    await drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('imports, auto-triages, finds and classifies replies, flags opportunists and recognises their next invitation', async () => {
    const first = generateLinkedinExport(OPTIONS);
    await importZip(store, dir, first);
    const queue = await loadTriageQueue(store, 1, deps);
    expect(queue.length).toBe(first.truth.pendingIncoming);

    // Undo restores the exact previous state: a whole --auto run, then its undo.
    const before = await tableState(store);
    const dry = await autoTriage(store, 1, { ...deps, dryRun: true });
    expect(await tableState(store)).toEqual(before);
    const run = await autoTriage(store, 1, deps);
    expect(run.total).toBe(queue.length);
    expect(run).toEqual({ ...dry, dryRun: false });
    // An unsure note is left to the user (`later`), never answered by the policy.
    expect(run.byDecision.decline + run.byDecision.ask + run.byDecision.ignore + run.byDecision.later).toBe(
      run.total,
    );
    const undone = await undoLast(store, 1, NOW);
    expect(undone?.kind).toBe('decide');
    expect(await tableState(store)).toEqual(before);

    // Then for real: decisions with rule, reason, policy version, and drafts stored.
    await autoTriage(store, 1, deps);
    expect(await loadTriageQueue(store, 1, deps)).toEqual([]);
    const decisions = await store.db
      .selectFrom('decisions')
      .selectAll()
      .where('undone_at', 'is', null)
      .execute();
    expect(decisions).toHaveLength(run.total);
    for (const d of decisions) {
      expect(d.decided_by).toBe('policy');
      expect(d.rule).toMatch(/^(scams-ignored|pitches-asked|default|unsure-left-to-you)$/);
      expect(d.reason).toContain(d.rule);
      expect(d.policy_version).toMatch(/^[0-9a-f]{12}$/);
      expect(d.due_at !== null).toBe(d.decision === 'ask');
    }
    const drafts = await listDrafts(store, 1, { status: 'draft' });
    expect(drafts).toHaveLength(run.byDecision.decline + run.byDecision.ask);
    expect(drafts.every((d) => d.text.length > 0 && !/\{\w+\}/.test(d.text))).toBe(true);

    // Weeks later: some declined people wrote back with a need, some with a pitch, two invite again.
    const second = generateLinkedinExport({
      ...OPTIONS,
      later: { replyKinds: { need: 3, pitch: 3 }, secondInvitations: 2 },
    });
    const planted = second.truth.later!;
    expect(planted.replied).toHaveLength(6);
    const summary = await importZip(store, dir, second, policy);
    expect(summary.replies).toEqual({ found: 6 });
    // A second import of the same export finds nothing new.
    expect((await importZip(store, dir, second, policy)).replies).toEqual({ found: 0 });

    const replies = await listReplies(store, 1);
    const byUrl = new Map(replies.map((r) => [r.profileUrl, r]));
    for (const { url, kind: planted_ } of planted.replied) {
      const reply = byUrl.get(normalizeProfileUrl(url) ?? url);
      expect(reply?.label).toBe(planted_);
      expect(reply?.source).toBe('messages');
      expect(reply?.decision).toMatch(/^(decline|ask)$/);
      if (planted_ === 'need') {
        expect(reply?.suggestion).toBe('follow-up');
        expect(reply?.draft?.variant).toBe('follow-up');
      } else expect(reply?.suggestion).toBe('flag-opportunist');
    }
    const people = await store.db.selectFrom('people').select(['profile_url', 'flag', 'points']).execute();
    const person = new Map(people.map((p) => [p.profile_url, p]));
    for (const { url, kind: k } of planted.replied) {
      const p = person.get(normalizeProfileUrl(url) ?? url);
      expect(p?.flag).toBe(k === 'pitch' ? 'opportunist' : null);
      expect(p?.points).toBe(k === 'need' ? 10 : 0);
    }

    // Their next invitation is recognised: earlier decision, and the opportunist flag.
    const next = await loadTriageQueue(store, 1, { ...deps, now: new Date(NOW.getTime() + 50 * DAY) });
    expect(next.map((i) => i.profileUrl).sort()).toEqual(
      planted.reinvited.map((u) => normalizeProfileUrl(u)).sort(),
    );
    for (const item of next) {
      const k = planted.replied.find((r) => normalizeProfileUrl(r.url) === item.profileUrl)?.kind;
      expect(item.earlier[0]?.decision).toMatch(/^(decline|ask)$/);
      expect(item.flag).toBe(k === 'pitch' ? 'opportunist' : null);
    }

    // The log tells a person's story; undo of the replies batch restores flags and points.
    const pitcher = planted.replied.find((r) => r.kind === 'pitch')!.url;
    const story = await listLog(store, 1, { profileUrl: pitcher });
    expect(story.map((e) => e.kind)).toEqual(expect.arrayContaining(['decide', 'reply']));
    const beforeReplies = await tableState(store);
    await addReply(store, 1, { profileUrl: pitcher, text: 'Book your demo now: https://x.example' }, deps);
    await undoLast(store, 1, NOW);
    expect(await tableState(store)).toEqual(beforeReplies);
  });

  it('records a user decision against the policy, replaces it, and undoes back to the first', async () => {
    const [item] = await loadTriageQueue(store, 1, { ...deps, now: new Date(NOW.getTime() + 50 * DAY) });
    expect(item).toBeDefined();
    const before = await tableState(store);
    const accepted = await decide(store, 1, { invitationId: item!.invitationId, decision: 'accept' }, deps);
    expect(accepted.status).toBe('accepted');
    expect(accepted.draft?.variant).toBe('welcome');
    const middle = await tableState(store);
    const declined = await decide(store, 1, { invitationId: item!.invitationId, decision: 'decline' }, deps);
    expect(declined.draft?.variant).toBe('decline');
    await undoLast(store, 1);
    expect(await tableState(store)).toEqual(middle);
    await undoLast(store, 1);
    expect(await tableState(store)).toEqual(before);
  });

  it('lists asks past their due date with the next step, and records the answer rate', async () => {
    const later = new Date(NOW.getTime() + 15 * DAY);
    const asked = await store.db
      .selectFrom('decisions as d')
      .innerJoin('people as p', 'p.id', 'd.person_id')
      .select('p.profile_url')
      .where('d.decision', '=', 'ask')
      .where('d.undone_at', 'is', null)
      .executeTakeFirstOrThrow();
    const answer = 'I respect your choice; I am looking for advice on your field, could we talk?';
    const reply = await addReply(
      store,
      1,
      { profileUrl: asked.profile_url!, text: answer },
      { ...deps, now: later },
    );
    expect(reply).toMatchObject({ label: 'need', decision: 'ask', source: 'pasted' });
    const result = await followUps(store, 1, { ...deps, now: later });
    const asks = await store.db
      .selectFrom('decisions')
      .select('id')
      .where('decision', '=', 'ask')
      .where('undone_at', 'is', null)
      .execute();
    expect(result.asks.total).toBe(asks.length);
    expect(result.asks.answered).toBeGreaterThan(0);
    expect(result.due.length).toBe(result.asks.total - result.asks.answered);
    for (const due of result.due) {
      expect(due.next).toBe('decline');
      expect(due.draft?.variant).toBe('short');
    }
    expect((await followUps(store, 1, { ...deps, now: NOW })).due).toEqual([]);
  });
});

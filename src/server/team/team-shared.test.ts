import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { importLinkedinExport } from '../../app/import-linkedin.js';
import type { SignedIn } from '../../app/team/auth.js';
import { ArrayExportReader } from '../../app/testing/fake-export-reader.js';
import { syntheticRecords } from '../../app/testing/synthetic-records.js';
import { PRESETS } from '../../core/policy/index.js';
import { openPostgres } from '../../store/open-postgres.js';
import { ownerTablesOf } from '../../store/postgres/rls.js';
import { type TeamFixture, teamFixture } from './testing/team-fixture.js';

const pgUrl = inject('postgresUrl');

interface Item {
  invitationId: number;
  personId: number;
  name: string;
  suggestion: { decision: string; rule: string };
  teamFlag: { kind: string; members: number; lastAt: string } | null;
}

// The selective preset with one team rule on top: the team ignores what its members flagged.
const TEAM_POLICY = PRESETS.selective.replace(
  /^rules:\n/m,
  'rules:\n  - name: team-flagged-ignored\n    when: { teamFlagged: [scammer, opportunist] }\n    decision: ignore\n',
);

describe.skipIf(pgUrl === '')('what the team shares on PostgreSQL', () => {
  let f: TeamFixture;
  let ann: SignedIn;
  let bob: SignedIn;
  const queue = async (s: SignedIn): Promise<Item[]> =>
    ((await (await f.call(s, 'GET', '/api/triage')).json()) as { items: Item[] }).items;

  beforeAll(async () => {
    f = await teamFixture(pgUrl);
    ann = await f.join('ann@example.org');
    bob = await f.join('bob@example.org');
    // The same invitations reach both (the same synthetic people): a recruiter writing to everyone.
    const records = syntheticRecords({ connections: 10, messages: 10, invitations: 6 });
    for (const s of [ann, bob]) {
      await importLinkedinExport(f.team.storeFor(s.accountId), new ArrayExportReader(records), {
        ownerId: s.accountId,
        strict: false,
      });
    }
  });
  afterAll(async () => f?.close());

  test('a flag by one member shows in the other’s triage with counts, as the teamFlagged fact', async () => {
    expect((await f.call(f.admin, 'PUT', '/api/team/policy', { text: TEAM_POLICY })).status).toBe(200);
    const [target] = await queue(ann);
    if (!target) throw new Error('no queue');
    expect(target.teamFlag).toBeNull();
    expect(
      (await f.call(ann, 'POST', '/api/team/flags', { personId: target.personId, kind: 'scammer' })).status,
    ).toBe(201);
    const seenByBob = (await queue(bob)).find((i) => i.name === target.name);
    expect(seenByBob?.teamFlag).toMatchObject({ kind: 'scammer', members: 1 });
    expect(seenByBob?.suggestion).toMatchObject({ decision: 'ignore', rule: 'team-flagged-ignored' });
    if (!seenByBob) return;
    await f.call(bob, 'POST', '/api/team/flags', { personId: seenByBob.personId, kind: 'opportunist' });
    const again = (await queue(ann)).find((i) => i.name === target.name);
    expect(again?.teamFlag).toMatchObject({ kind: 'scammer', members: 2 });
    // A member cannot remove the team's flag; an admin can.
    const list = (await (await f.call(bob, 'GET', '/api/team/flags')).json()) as {
      flags: { personKey: string }[];
    };
    const key = list.flags[0]?.personKey ?? '';
    expect((await f.call(bob, 'DELETE', `/api/team/flags?key=${encodeURIComponent(key)}`)).status).toBe(403);
    expect((await f.call(f.admin, 'DELETE', `/api/team/flags?key=${encodeURIComponent(key)}`)).status).toBe(
      200,
    );
    expect((await queue(bob)).find((i) => i.name === target.name)?.teamFlag).toBeNull();
  });

  test('a member’s policy extends the team’s: their fields and rules first, the team’s rules after', async () => {
    expect((await f.call(f.admin, 'PUT', '/api/team/policy', { text: TEAM_POLICY })).status).toBe(200);
    const [target] = await queue(ann);
    if (!target) throw new Error('no queue');
    await f.call(ann, 'POST', '/api/team/flags', { personId: target.personId, kind: 'scammer' });
    // Bob changes only the default: the team's rule still ignores the flagged profile.
    const own = 'default:\n  decision: accept\n';
    expect((await f.call(bob, 'PUT', '/api/policy', { text: own })).status).toBe(200);
    expect(((await (await f.call(bob, 'GET', '/api/policy')).json()) as { text: string }).text).toBe(own);
    const bobs = await queue(bob);
    expect(bobs.find((i) => i.name === target.name)?.suggestion.decision).toBe('ignore');
    const byDefault = (items: Item[]) => items.filter((i) => i.suggestion.rule === 'default');
    expect(byDefault(bobs).length).toBeGreaterThan(0);
    expect(byDefault(bobs).every((i) => i.suggestion.decision === 'accept')).toBe(true);
    // Ann kept the team's default.
    expect(byDefault(await queue(ann)).every((i) => i.suggestion.decision === 'decline')).toBe(true);
    // A member's own rule comes before the team's.
    const rule = 'rules:\n  - name: mine-first\n    when: { teamFlagged: scammer }\n    decision: later\n';
    expect((await f.call(bob, 'PUT', '/api/policy', { text: rule })).status).toBe(200);
    expect((await queue(bob)).find((i) => i.name === target.name)?.suggestion).toMatchObject({
      rule: 'mine-first',
    });
    // A member cannot change the team's policy; an invalid member text is refused with its line.
    expect((await f.call(bob, 'PUT', '/api/team/policy', { text: TEAM_POLICY })).status).toBe(403);
    const bad = await f.call(bob, 'PUT', '/api/policy', { text: 'default:\n  decision: maybe\n' });
    expect(bad.status).toBe(422);
  });

  test('team statistics count across members without naming anyone', async () => {
    const stats = (await (await f.call(bob, 'GET', '/api/team/stats')).json()) as Record<string, number>;
    expect(stats['members']).toBe(3);
    expect(stats['sharedPeople']).toBeGreaterThan(0);
    expect(Object.keys(stats).sort()).toEqual([
      'decisions',
      'invitations',
      'members',
      'people',
      'sharedPeople',
    ]);
  });

  test('an admin erases a departing member entirely; the audit log keeps the action', async () => {
    const carl = await f.join('carl@example.org');
    await importLinkedinExport(
      f.team.storeFor(carl.accountId),
      new ArrayExportReader(syntheticRecords({ connections: 5, messages: 5, invitations: 3 })),
      {
        ownerId: carl.accountId,
        strict: false,
      },
    );
    const [item] = await queue(carl);
    if (!item) throw new Error('no queue');
    await f.call(carl, 'POST', '/api/triage/decide', {
      invitationId: item.invitationId,
      decision: 'decline',
    });
    await f.call(carl, 'POST', '/api/team/flags', { personId: item.personId, kind: 'opportunist' });
    expect((await f.call(bob, 'DELETE', `/api/team/members/${carl.accountId}`)).status).toBe(403);
    expect((await f.call(f.admin, 'DELETE', `/api/team/members/${carl.accountId}`)).status).toBe(200);
    expect((await f.call(carl, 'GET', '/api/triage')).status).toBe(401);
    const db = openPostgres(f.database.migrationUrl);
    try {
      for (const table of [...(await ownerTablesOf(db)), 'team_flags', 'team_sessions', 'team_members']) {
        const column = table.startsWith('team_') ? 'account_id' : 'owner_id';
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.id(table)}
          where ${sql.id(column)} = ${carl.accountId}`.execute(db);
        expect(rows[0]?.n, table).toBe(0);
      }
      const account = await sql<{
        n: number;
      }>`select count(*)::int as n from accounts where id = ${carl.accountId}`.execute(db);
      expect(account.rows[0]?.n).toBe(0);
    } finally {
      await db.destroy();
    }
    const audit = (await (await f.call(f.admin, 'GET', '/api/team/audit')).json()) as {
      audit: { action: string }[];
    };
    expect(audit.audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['remove-member', 'invite', 'sign-in', 'team-policy', 'unflag']),
    );
  });
});

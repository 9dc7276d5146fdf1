import { tmpdir } from 'node:os';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { importLinkedinExport } from '../../app/import-linkedin.js';
import { filePolicySource } from '../../app/policy/policy-source.js';
import type { SignedIn } from '../../app/team/auth.js';
import type { Team } from '../../app/team/team.js';
import type { TeamDatabase } from '../../app/team/testing/team-database.js';
import { ArrayExportReader } from '../../app/testing/fake-export-reader.js';
import { syntheticRecords } from '../../app/testing/synthetic-records.js';
import { textReader } from '../../core/classify/index.js';
import { PRESETS } from '../../core/policy/index.js';
import { openPostgres } from '../../store/open-postgres.js';
import { ownerTablesOf } from '../../store/postgres/rls.js';
import { apiRoutes } from '../api-routes.js';
import { ownerWebServices } from '../web-api.js';
import type { createTeamApp } from './team-app.js';
import { teamRoutes } from './team-routes.js';
import { type TeamFixture, teamFixture, teamRequest } from './testing/team-fixture.js';

const pgUrl = inject('postgresUrl');

interface Ids {
  account: number;
  invitation: number;
  person: number;
  personKey: string;
  connection: number;
}

type Attack = { path?: string; body?: unknown; last?: boolean };

/**
 * What member B sends to every route, aimed at member A's rows. Keyed by the route table: a route
 * added without an entry here fails the test, so no route escapes the isolation check.
 */
const attacks = (a: Ids): Record<string, Attack> => ({
  'GET /api/invitations': {},
  'POST /api/invitations': {
    body: {
      name: 'Intruder Test',
      profileUrl: 'https://www.linkedin.com/in/intruder',
      note: 'hi',
      direction: 'incoming',
    },
  },
  'POST /api/invitations/:id/decision': {
    path: `/api/invitations/${a.invitation}/decision`,
    body: { decision: 'accept' },
  },
  'POST /api/replies': { body: { profileUrl: 'https://www.linkedin.com/in/nobody-b-knows', text: 'hello' } },
  'POST /api/imports': { body: 'not a zip' },
  'GET /api/imports/:id': { path: '/api/imports/1' },
  'POST /api/imports/:id/cancel': { path: '/api/imports/1/cancel', body: {} },
  'GET /api/network/strength': {},
  'GET /api/network/review': {},
  'POST /api/network/review': { body: { connectionId: a.connection, action: 'keep' } },
  'GET /api/network/removals': {},
  'GET /api/network/exposure': {},
  'GET /api/network/stats': {},
  'GET /api/triage': {},
  'POST /api/triage/decide': { body: { invitationId: a.invitation, decision: 'accept' } },
  'POST /api/undo': {},
  'GET /api/undo/preview': {},
  'PUT /api/triage/draft': { body: { invitationId: a.invitation, text: 'rewritten by B' } },
  'GET /api/queues/asks': {},
  'GET /api/queues/replies': {},
  'GET /api/queues/flagged': {},
  'GET /api/policy': {},
  'PUT /api/policy': { body: { text: 'rules: []\n' } },
  'GET /api/settings': {},
  'PUT /api/settings': { body: { language: 'en', signature: 'B', channels: [], premium: false } },
  'GET /api/team/me': {},
  'POST /api/team/sign-out': { last: true },
  'POST /api/team/sign-out-everywhere': { last: true },
  'GET /api/team/flags': {},
  'POST /api/team/flags': { body: { personId: a.person, kind: 'scammer' } },
  'GET /api/team/policy': {},
  'GET /api/team/stats': {},
  'GET /api/team/members': {},
  'POST /api/team/members': { body: { email: 'eve@example.org' } },
  'DELETE /api/team/members/:id': { path: `/api/team/members/${a.account}` },
  'DELETE /api/team/flags': { path: `/api/team/flags?key=${encodeURIComponent(a.personKey)}` },
  'PUT /api/team/policy': { body: { text: PRESETS['open-networker'] } },
  'GET /api/team/audit': {},
});

/** The route table: the product's own API as every member gets it, and the team's. */
function routeTable(team: Team): string[] {
  const product = new Hono();
  const services = ownerWebServices(team.storeFor(1), 1, {
    maxUploadBytes: 1,
    reader: textReader,
    policies: filePolicySource(tmpdir()),
  });
  product.route('/api', apiRoutes(services) as never);
  product.route('/api/team', teamRoutes(team, { forget: () => undefined }) as never);
  return [
    ...new Set(product.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`)),
  ].sort();
}

describe.skipIf(pgUrl === '')('member isolation on the team server', () => {
  let database: TeamDatabase;
  let team: Team;
  let app: ReturnType<typeof createTeamApp>;
  let a: Ids;
  let sessionA: SignedIn;
  let sessionB: SignedIn;
  const secret = new Set<string>();

  let fixture: TeamFixture;
  const call = (s: SignedIn, method: string, path: string, body?: unknown) =>
    teamRequest(app, s, method, path, body);

  /** A's rows in every owner table, as the owner role sees them. */
  async function snapshotOf(ownerId: number): Promise<Record<string, string>> {
    const db = openPostgres(database.migrationUrl);
    try {
      const out: Record<string, string> = {};
      for (const table of await ownerTablesOf(db)) {
        const { rows } = await sql<{ h: string | null; n: number }>`select count(*)::int as n,
          md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h
          from ${sql.id(table)} t where owner_id = ${ownerId}`.execute(db);
        out[table] = `${rows[0]?.n}:${rows[0]?.h}`;
      }
      const flags = await sql<{ n: number }>`select count(*)::int as n from team_flags`.execute(db);
      out['team_flags'] = String(flags.rows[0]?.n);
      return out;
    } finally {
      await db.destroy();
    }
  }

  beforeAll(async () => {
    fixture = await teamFixture(pgUrl);
    ({ database, team, app } = fixture);
    sessionA = await fixture.join('a@example.org');
    sessionB = await fixture.join('b@example.org');
    // A's network: an export, decisions with drafts, a reply, a tag, a segment, a policy, a flag.
    const storeA = team.storeFor(sessionA.accountId);
    const records = syntheticRecords({ connections: 20, messages: 30, invitations: 8 });
    await importLinkedinExport(storeA, new ArrayExportReader(records), {
      ownerId: sessionA.accountId,
      strict: false,
    });
    const queue = (await (await call(sessionA, 'GET', '/api/triage')).json()) as {
      items: { invitationId: number; personId: number }[];
    };
    expect(queue.items.length).toBeGreaterThan(2);
    for (const item of queue.items.slice(1, 3)) {
      expect(
        (
          await call(sessionA, 'POST', '/api/triage/decide', {
            invitationId: item.invitationId,
            decision: 'decline',
          })
        ).status,
      ).toBe(200);
    }
    expect((await call(sessionA, 'PUT', '/api/policy', { text: 'rules: []\n' })).status).toBe(200);
    const people = await storeA.db
      .selectFrom('people')
      .select(['id', 'person_key', 'first_name', 'last_name', 'profile_url'])
      .execute();
    const connection = await storeA.db.selectFrom('connections').select('id').executeTakeFirstOrThrow();
    const first = queue.items[0];
    if (!first) throw new Error('queue');
    const person = people.find((p) => p.id === first.personId) ?? people[0];
    if (!person) throw new Error('people');
    await storeA.db
      .insertInto('tags')
      .values({ owner_id: sessionA.accountId, person_id: person.id, tag: 'a-secret-tag' })
      .execute();
    await storeA.db
      .insertInto('segments')
      .values({
        owner_id: sessionA.accountId,
        name: 'a-secret-segment',
        rule: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    if (person.profile_url) {
      expect(
        (
          await call(sessionA, 'POST', '/api/replies', {
            profileUrl: person.profile_url,
            text: 'Thanks, let us talk',
          })
        ).status,
      ).toBe(201);
    }
    a = {
      account: sessionA.accountId,
      invitation: first.invitationId,
      person: person.id,
      personKey: person.person_key,
      connection: connection.id,
    };
    for (const p of people) {
      if (p.last_name.length > 3) secret.add(`${p.first_name} ${p.last_name}`);
    }
    secret.add('a-secret-tag');
    secret.add('a-secret-segment');
  });
  afterAll(async () => {
    await fixture?.close();
  });

  test('every API route and method: B neither reads nor changes any of A’s rows', async () => {
    const table = attacks(a);
    const routes = routeTable(team);
    expect(
      routes.filter((r) => !(r in table)),
      'routes without an attack',
    ).toEqual([]);
    const before = await snapshotOf(a.account);
    const order = [...routes].sort(
      (x, y) => Number(table[x]?.last ?? false) - Number(table[y]?.last ?? false),
    );
    for (const route of order) {
      const attack = table[route] ?? {};
      const [method, pattern] = route.split(' ') as [string, string];
      const response = await call(sessionB, method, attack.path ?? pattern, attack.body);
      const text = await response.text();
      expect(response.status, route).toBeLessThan(500);
      for (const s of secret) expect(text, `${route} leaks ${s}`).not.toContain(s);
    }
    expect(await snapshotOf(a.account)).toEqual(before);
    // A still sees their own data.
    const mine = await call(sessionA, 'GET', '/api/network/strength');
    expect(await mine.text()).toContain([...secret][0]);
  });

  test('the application role without the owner setting reads nothing; with it, one owner only', async () => {
    const db = openPostgres(database.databaseUrl);
    try {
      const tables = await ownerTablesOf(db);
      expect(tables.length).toBeGreaterThanOrEqual(15);
      for (const table of tables) {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.id(table)}`.execute(
          db,
        );
        expect(rows[0]?.n, table).toBe(0);
      }
      const accounts = await sql<{ n: number }>`select count(*)::int as n from accounts`.execute(db);
      expect(accounts.rows[0]?.n).toBe(0);
      const scoped = await db.transaction().execute(async (trx) => {
        await sql`select set_config('strongties.owner', ${String(a.account)}, true)`.execute(trx);
        const people = await sql<{ n: number; owners: number }>`select count(*)::int as n,
          count(distinct owner_id)::int as owners from people`.execute(trx);
        return people.rows[0];
      });
      expect(scoped?.n).toBeGreaterThan(0);
      expect(scoped?.owners).toBe(1);
      // Nor can it write a row for another owner, or switch the policies off.
      await expect(
        db.transaction().execute(async (trx) => {
          await sql`select set_config('strongties.owner', ${String(sessionB.accountId)}, true)`.execute(trx);
          await sql`insert into tags (owner_id, person_id, tag) values (${a.account}, ${a.person}, 'x')`.execute(
            trx,
          );
        }),
      ).rejects.toThrow(/row-level security/);
      await expect(sql`alter table people disable row level security`.execute(db)).rejects.toThrow(/owner/);
    } finally {
      await db.destroy();
    }
  });

  test('every table with an owner_id has forced row-level security and the owner policy', async () => {
    const db = openPostgres(database.migrationUrl);
    try {
      const { rows } = await sql<{ name: string; rls: boolean; forced: boolean; policies: number }>`
        select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
          (select count(*)::int from pg_policy p where p.polrelid = c.oid and p.polname = 'strongties_owner') as policies
        from pg_class c join information_schema.columns col
          on col.table_name = c.relname and col.column_name = 'owner_id' and col.table_schema = current_schema()
        where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace`.execute(db);
      expect(rows.length).toBeGreaterThanOrEqual(15);
      for (const r of rows) expect(r, r.name).toMatchObject({ rls: true, forced: true, policies: 1 });
    } finally {
      await db.destroy();
    }
  });
});

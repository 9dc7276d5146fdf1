import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redeemLink, type SignedIn } from '../../../app/team/auth.js';
import { initTeam, inviteMember } from '../../../app/team/members.js';
import { openTeam, type Team } from '../../../app/team/team.js';
import { createTeamDatabase, type TeamDatabase } from '../../../app/team/testing/team-database.js';
import { textReader } from '../../../core/classify/index.js';
import { createTeamApp } from '../team-app.js';

export const PASSWORD = 'correct horse battery staple';
export const HOST = 'team.test';

/** A signed-in member's request to the team app, as their browser sends it (cookie and CSRF token). */
export function teamRequest(
  app: ReturnType<typeof createTeamApp>,
  s: SignedIn,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return Promise.resolve(
    app.request(`http://${HOST}${path}`, {
      method,
      headers: {
        host: HOST,
        origin: `http://${HOST}`,
        cookie: `__Host-ties_team=${s.sessionId}`,
        'x-csrf-token': s.csrfToken,
        'content-type': 'application/json',
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    }),
  );
}

export interface TeamFixture {
  database: TeamDatabase;
  team: Team;
  app: ReturnType<typeof createTeamApp>;
  admin: SignedIn;
  /** Invites a member and redeems their link: their session. */
  join(email: string, role?: 'admin' | 'member'): Promise<SignedIn>;
  /** A request from the member's page (same origin, their cookie and CSRF token). */
  call(session: SignedIn, method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

/** A fresh team database with its two roles, its first admin, and the team app without a port. */
export async function teamFixture(serverUrl: string): Promise<TeamFixture> {
  const database = await createTeamDatabase(serverUrl);
  const team = await openTeam(database);
  const first = await initTeam(team, 'admin@example.org');
  const admin = await redeemLink(team, { token: first.token, password: PASSWORD, address: 'x' });
  if (!admin.ok) throw new Error('the admin link');
  const app = createTeamApp({
    team,
    hosts: new Set([HOST]),
    trustProxy: false,
    webRoot: mkdtempSync(join(tmpdir(), 'strongties-web-')),
    reader: textReader,
    maxUploadBytes: 10_000_000,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  return {
    database,
    team,
    app,
    admin,
    async join(email, role = 'member') {
      const m = await inviteMember(team, { accountId: admin.accountId }, email, role);
      const s = await redeemLink(team, { token: m.token, password: PASSWORD, address: 'x' });
      if (!s.ok) throw new Error('the member link');
      return s;
    },
    call: (s, method, path, body) => teamRequest(app, s, method, path, body),
    async close() {
      await team.close();
      await database.drop();
    },
  };
}

import { type Context, Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import { listAudit } from '../../app/team/audit.js';
import { signOut, signOutEverywhere } from '../../app/team/auth.js';
import { inviteMember, listMembers, removeMember } from '../../app/team/members.js';
import type { Team } from '../../app/team/team.js';
import { flagPerson, listTeamFlags, unflagProfile } from '../../app/team/team-flags.js';
import { saveTeamPolicy, teamPolicyText } from '../../app/team/team-policy.js';
import { teamStats } from '../../app/team/team-stats.js';
import { TEAM_COOKIE } from './sign-in-routes.js';
import type { TeamEnv } from './team-env.js';

const inviteBody = z.object({
  email: z.string().min(3).max(254),
  role: z.enum(['admin', 'member']).default('member'),
});
const flagBody = z.object({
  personId: z.number().int().positive(),
  kind: z.enum(['opportunist', 'scammer']),
});
const policyBody = z.object({ text: z.string().max(200_000) });

const usage = (c: Context, message: string) => c.json({ error: { code: 'usage', message } }, 400);
const body = async (c: Context) => c.req.json().catch(() => null);

/**
 * `/api/team/…`: the member's own session, the team's shared flags, policy and statistics, and the
 * admin's screens (members, audit). Mounted behind the session and CSRF guards.
 */
export function teamRoutes(team: Team, options: { forget(accountId: number): void }): Hono<TeamEnv> {
  const api = new Hono<TeamEnv>();
  const actor = (c: Context<TeamEnv>) => ({
    accountId: c.get('member').accountId,
    address: c.get('address'),
  });
  const admin = new Hono<TeamEnv>();
  admin.use('*', async (c, next) => {
    if (c.get('member').role !== 'admin') {
      return c.json({ error: { code: 'forbidden', message: 'only an admin may do this' } }, 403);
    }
    return next();
  });

  api.get('/me', (c) => {
    const { accountId, email, role } = c.get('member');
    return c.json({ accountId, email, role });
  });
  api.post('/sign-out', async (c) => {
    await signOut(team, c.get('member').idHash, c.get('address'), { hashed: true });
    deleteCookie(c, TEAM_COOKIE, { path: '/', secure: true });
    return c.json({ signedOut: true });
  });
  api.post('/sign-out-everywhere', async (c) => {
    const sessions = await signOutEverywhere(team, c.get('member').accountId, c.get('address'));
    deleteCookie(c, TEAM_COOKIE, { path: '/', secure: true });
    return c.json({ signedOut: sessions });
  });

  api.get('/flags', async (c) => c.json({ flags: await listTeamFlags(team) }));
  api.post('/flags', async (c) => {
    const parsed = flagBody.safeParse(await body(c));
    if (!parsed.success) return usage(c, 'POST {"personId": N, "kind": "scammer|opportunist"}');
    return c.json(
      await flagPerson(team, c.get('member').accountId, parsed.data.personId, parsed.data.kind),
      201,
    );
  });
  api.get('/policy', async (c) => c.json({ text: await teamPolicyText(team) }));
  api.get('/stats', async (c) => c.json(await teamStats(team)));

  admin.get('/members', async (c) => c.json({ members: await listMembers(team) }));
  admin.post('/members', async (c) => {
    const parsed = inviteBody.safeParse(await body(c));
    if (!parsed.success) return usage(c, 'POST {"email": "…", "role": "member|admin"}');
    const invited = await inviteMember(team, actor(c), parsed.data.email, parsed.data.role);
    const link = `${c.get('scheme')}://${c.get('host')}/link?token=${invited.token}`;
    c.header('Cache-Control', 'no-store');
    return c.json({ accountId: invited.accountId, email: invited.email, link }, 201);
  });
  admin.delete('/members/:id', async (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id)) return usage(c, 'DELETE /api/team/members/<account id>');
    const result = await removeMember(team, actor(c), id);
    options.forget(id);
    return c.json({ removed: id, rows: result.rows });
  });
  admin.delete('/flags', async (c) => {
    const key = c.req.query('key');
    if (!key) return usage(c, 'DELETE /api/team/flags?key=<profile key>');
    return c.json({ removed: await unflagProfile(team, actor(c), key) });
  });
  admin.put('/policy', async (c) => {
    const parsed = policyBody.safeParse(await body(c));
    if (!parsed.success) return usage(c, 'PUT {"text": "…"}');
    const result = await saveTeamPolicy(team, actor(c), parsed.data.text);
    return result.ok ? c.json({ saved: true }) : c.json({ saved: false, errors: result.errors }, 422);
  });
  admin.get('/audit', async (c) => c.json({ audit: await listAudit(team.db) }));

  api.route('/', admin);
  return api;
}

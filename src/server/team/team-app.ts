import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { findSession } from '../../app/team/auth.js';
import type { Team } from '../../app/team/team.js';
import { memberPolicySource } from '../../app/team/team-policy.js';
import type { TextReader } from '../../core/classify/types.js';
import { isStrongtiesError } from '../../core/errors.js';
import { apiRoutes } from '../api-routes.js';
import type { ServerEnv } from '../env.js';
import { statusOfError } from '../error-status.js';
import { hostCheck } from '../guards.js';
import { securityHeaders } from '../security-headers.js';
import { type Session, sameSecret } from '../sessions.js';
import { staticFiles } from '../static-files.js';
import { ownerWebServices } from '../web-api.js';
import { signInRoutes, TEAM_COOKIE } from './sign-in-routes.js';
import type { TeamEnv } from './team-env.js';
import { teamRoutes } from './team-routes.js';
import { fromOwnPage, transportGuard } from './transport.js';

export interface TeamAppDeps {
  team: Team;
  /** The `Host` values the server answers to (its public name behind the proxy, its own address). */
  hosts: ReadonlySet<string>;
  trustProxy: boolean;
  webRoot: string;
  reader: TextReader;
  maxUploadBytes: number;
  log?: (line: string) => void;
}

type MemberApiEnv = ServerEnv & { Bindings: { session: Session; host: string } };

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * The team server's HTTP surface. The same order as the local server's — headers, transport, Host,
 * session, CSRF, then routes — with sessions from the database. Every member's API is the local
 * product's own routes over their own store (row-level security in PostgreSQL), built once per member.
 */
export function createTeamApp(deps: TeamAppDeps): Hono<TeamEnv> {
  const { team } = deps;
  const app = new Hono<TeamEnv>();
  const onError = (error: Error, c: Context) => {
    if (isStrongtiesError(error)) {
      return c.json({ error: { code: error.code, message: error.message } }, statusOfError(error.code));
    }
    deps.log?.(`ties serve --team: internal error: ${error.stack ?? error.message}`);
    return c.json({ error: { code: 'internal', message: 'internal error (see the server log)' } }, 500);
  };
  const memberApis = new Map<number, Hono<MemberApiEnv>>();
  const memberApi = (accountId: number): Hono<MemberApiEnv> => {
    let api = memberApis.get(accountId);
    if (!api) {
      const services = ownerWebServices(team.storeFor(accountId), accountId, {
        maxUploadBytes: deps.maxUploadBytes,
        reader: deps.reader,
        policies: memberPolicySource(team, accountId),
      });
      api = new Hono<MemberApiEnv>();
      // The outer app authenticated the member: their session reaches the local routes as the
      // local server's session would (the network review keeps its undo stack by session id).
      api.use('*', async (c, next) => {
        c.set('session', c.env.session);
        c.set('host', c.env.host);
        return next();
      });
      api.route('/api', apiRoutes(services, deps.log) as never);
      api.all('/api/*', (c) => c.json({ error: { code: 'not-found', message: 'no such endpoint' } }, 404));
      api.onError(onError);
      memberApis.set(accountId, api);
    }
    return api;
  };

  app.use('*', securityHeaders);
  app.use('*', transportGuard(deps.trustProxy));
  app.use('*', hostCheck(deps.hosts) as never);
  app.route('/', signInRoutes(team));
  app.use('*', async (c, next) => {
    const member = await findSession(team, getCookie(c, TEAM_COOKIE));
    if (!member) {
      if (c.req.path.startsWith('/api/')) {
        return c.json({ error: { code: 'unauthorized', message: 'sign in first (/sign-in)' } }, 401);
      }
      return c.redirect('/sign-in', 303);
    }
    c.set('member', member);
    return next();
  });
  app.use('*', async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    if (!fromOwnPage(c)) {
      return c.json({ error: { code: 'forbidden-origin', message: 'changes come only from the page' } }, 403);
    }
    if (!sameSecret(c.req.header('x-csrf-token'), c.get('member').csrfToken)) {
      return c.json({ error: { code: 'bad-csrf-token', message: 'reload the page' } }, 403);
    }
    return next();
  });
  app.get('/api/session', (c) => {
    c.header('Cache-Control', 'no-store');
    const { csrfToken, email, role } = c.get('member');
    return c.json({ csrfToken, team: { email, role } });
  });
  app.route('/api/team', teamRoutes(team, { forget: (id) => memberApis.delete(id) }));
  app.all('/api/*', (c) => {
    const member = c.get('member');
    const session = { id: member.idHash, csrfToken: member.csrfToken };
    return memberApi(member.accountId).fetch(c.req.raw, { session, host: c.get('host') });
  });
  app.use('*', staticFiles(deps.webRoot) as never);
  app.onError(onError);
  return app;
}

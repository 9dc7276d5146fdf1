import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { ServerEnv } from './env.js';
import { refuse } from './refusal.js';
import { type Sessions, sameSecret } from './sessions.js';

/** Refuses a `Host` header the server was not started for (DNS rebinding). */
export function hostCheck(allowed: ReadonlySet<string>): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (!allowed.has(host)) return refuse(c, 421, 'misdirected');
    c.set('host', host);
    return next();
  };
}

/**
 * Exchanges `?token=` for a session cookie and a redirect to the clean URL; then every request needs
 * the cookie. The cookie name carries the port: cookies are not port-scoped, and two servers on one
 * machine must not overwrite each other's session.
 */
export function sessionGuard(sessions: Sessions, cookieName: string): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const token = url.searchParams.get('token');
    if (token !== null && c.req.method === 'GET') {
      const session = sessions.exchange(token);
      if (!session) return refuse(c, 401, 'unauthorized');
      setCookie(c, cookieName, session.id, { httpOnly: true, sameSite: 'Strict', path: '/' });
      url.searchParams.delete('token');
      c.header('Cache-Control', 'no-store');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    const session = sessions.find(getCookie(c, cookieName));
    if (!session) return refuse(c, 401, 'unauthorized');
    c.set('session', session);
    return next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Every state change must come from our own page: a same-origin `Origin` (or, when a browser omits
 * it, `Sec-Fetch-Site: same-origin`) AND the session's anti-forgery token in `X-CSRF-Token`, which a
 * page reads from `GET /api/session` and a cross-site page cannot read.
 */
export const csrfGuard: MiddlewareHandler<ServerEnv> = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const origin = c.req.header('origin');
  const fetchSite = c.req.header('sec-fetch-site');
  const sameOrigin =
    origin !== undefined ? origin.toLowerCase() === `http://${c.get('host')}` : fetchSite === 'same-origin';
  if (!sameOrigin || (fetchSite !== undefined && fetchSite !== 'same-origin')) {
    return refuse(c, 403, 'forbidden-origin');
  }
  if (!sameSecret(c.req.header('x-csrf-token'), c.get('session').csrfToken)) {
    return refuse(c, 403, 'bad-csrf-token');
  }
  return next();
};

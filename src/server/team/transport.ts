import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { isLoopbackHost } from '../loopback.js';
import type { TeamEnv } from './team-env.js';

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return '127.0.0.1';
  }
}

const loopbackAddress = (address: string): boolean =>
  isLoopbackHost(address.replace(/^::ffff:/, '')) || address === '::1';

/**
 * Behind a TLS reverse proxy (`--trust-proxy`) the proxy says how the browser came in: plain HTTP is
 * refused (a password must not travel in clear), except a direct request on loopback (an admin's
 * curl on the server itself). The client's address is the last one the proxy appended.
 */
export function transportGuard(trustProxy: boolean): MiddlewareHandler<TeamEnv> {
  return async (c, next) => {
    const socket = socketAddress(c);
    if (!trustProxy) {
      c.set('scheme', 'http');
      c.set('address', socket);
      return next();
    }
    const proto = c.req.header('x-forwarded-proto')?.split(',').pop()?.trim().toLowerCase();
    const forwardedFor = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (proto !== 'https' && !(proto === undefined && loopbackAddress(socket))) {
      return c.text(
        'Strongties refuses plain HTTP here: use the https:// address. / Strongties refuse le HTTP en clair : utilisez l’adresse https://.',
        403,
      );
    }
    c.set('scheme', proto === 'https' ? 'https' : 'http');
    c.set('address', forwardedFor || socket);
    return next();
  };
}

/** A same-origin request: `Origin` (or `Sec-Fetch-Site`) names this server as the browser reached it. */
export function fromOwnPage(c: Context<TeamEnv>): boolean {
  const origin = c.req.header('origin');
  const fetchSite = c.req.header('sec-fetch-site');
  const sameOrigin =
    origin !== undefined
      ? origin.toLowerCase() === `${c.get('scheme')}://${c.get('host')}`
      : fetchSite === 'same-origin';
  return sameOrigin && (fetchSite === undefined || fetchSite === 'same-origin');
}

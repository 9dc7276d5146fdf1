import { type Context, Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { linkIsValid, redeemLink, type SignedIn, signIn } from '../../app/team/auth.js';
import type { Team } from '../../app/team/team.js';
import { choosePasswordPage, signInPage, wordsFor } from './sign-in-page.js';
import type { TeamEnv } from './team-env.js';
import { fromOwnPage } from './transport.js';

/** `__Host-`: Secure, no Domain, Path=/ — a sibling site cannot plant or read it. */
export const TEAM_COOKIE = '__Host-ties_team';

const field = (form: Record<string, unknown>, name: string): string => {
  const value = form[name];
  return typeof value === 'string' ? value.slice(0, 1024) : '';
};

/** The pages a browser reaches without a session: sign in, and redeem a one-time link. */
export function signInRoutes(team: Team): Hono<TeamEnv> {
  const routes = new Hono<TeamEnv>();
  const startSession = (c: Context<TeamEnv>, signed: SignedIn) => {
    setCookie(c, TEAM_COOKIE, signed.sessionId, {
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      path: '/',
    });
    c.header('Cache-Control', 'no-store');
    return c.redirect('/', 303);
  };

  routes.get('/sign-in', (c) => c.html(signInPage(c)));
  routes.post('/sign-in', async (c) => {
    const w = wordsFor(c);
    // Login CSRF: a foreign page must not sign the browser into the attacker's account.
    if (!fromOwnPage(c)) return c.html(signInPage(c, w.foreign), 403);
    const form = await c.req.parseBody();
    const result = await signIn(team, {
      email: field(form, 'email'),
      password: field(form, 'password'),
      address: c.get('address'),
    });
    if (result.ok) return startSession(c, result);
    if (result.reason === 'locked') {
      return c.html(signInPage(c, w.locked(result.until.slice(0, 16).replace('T', ' '))), 429);
    }
    return c.html(signInPage(c, w.invalid), 401);
  });

  routes.get('/link', async (c) => {
    const token = c.req.query('token') ?? '';
    c.header('Cache-Control', 'no-store');
    if (!(await linkIsValid(team, token))) return c.html(signInPage(c, wordsFor(c).invalidLink), 410);
    return c.html(choosePasswordPage(c, token));
  });
  routes.post('/link', async (c) => {
    const w = wordsFor(c);
    if (!fromOwnPage(c)) return c.html(signInPage(c, w.foreign), 403);
    const form = await c.req.parseBody();
    const token = field(form, 'token');
    const result = await redeemLink(team, {
      token,
      password: field(form, 'password'),
      address: c.get('address'),
    });
    if (result.ok) return startSession(c, result);
    if (result.reason === 'weak-password') return c.html(choosePasswordPage(c, token, w.weak), 400);
    return c.html(signInPage(c, w.invalidLink), 410);
  });
  return routes;
}

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { beforeAll, describe, expect, test } from 'vitest';
import { createApp } from './create-app.js';
import type { ServerEnv } from './env.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';
import { Sessions } from './sessions.js';

const PORT = 4321;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const COOKIE = `ties_session_${PORT}`;
const dir = mkdtempSync(join(tmpdir(), 'ties-server-'));
const webRoot = join(dir, 'web');

beforeAll(() => {
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the web root');
});

function build() {
  const sessions = new Sessions();
  const api = new Hono<ServerEnv>();
  let changes = 0;
  api.post('/change', (c) => c.json({ changes: ++changes }));
  const app = createApp({ host: '127.0.0.1', port: PORT, sessions, webRoot, api });
  return { app, sessions };
}

/** Exchanges the URL token as a browser would and returns the cookie header and CSRF token. */
async function login(app: ReturnType<typeof build>['app'], token: string) {
  const res = await app.request(`${ORIGIN}/?token=${token}`, { headers: { host: `127.0.0.1:${PORT}` } });
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const session = await app.request(`${ORIGIN}/api/session`, { headers: { cookie } });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

describe('the session token', () => {
  test('is exchanged for an HttpOnly SameSite=Strict cookie and a redirect to the clean URL', async () => {
    const { app, sessions } = build();
    const res = await app.request(`${ORIGIN}/triage?token=${sessions.urlToken}&x=1`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/triage?x=1');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`^${COOKIE}=[\\w-]{43};`));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain(sessions.urlToken);
  });

  test.each([
    ['no cookie', undefined],
    ['a wrong cookie', `${COOKIE}=${'a'.repeat(43)}`],
    ['the URL token as cookie', 'url-token'],
  ])('refuses a request with %s (401, a page that says to use the printed URL)', async (_, cookie) => {
    const { app, sessions } = build();
    const headers: Record<string, string> = {};
    if (cookie) headers['cookie'] = cookie === 'url-token' ? `${COOKIE}=${sessions.urlToken}` : cookie;
    const page = await app.request(`${ORIGIN}/`, { headers });
    expect(page.status).toBe(401);
    expect(await page.text()).toContain('ties serve');
    const api = await app.request(`${ORIGIN}/api/session`, { headers });
    expect(api.status).toBe(401);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  test('refuses a wrong token in the URL', async () => {
    const { app } = build();
    const res = await app.request(`${ORIGIN}/?token=${'x'.repeat(43)}`);
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  test('lets the cookie in: the page and the CSRF token', async () => {
    const { app, sessions } = build();
    const { cookie, csrfToken } = await login(app, sessions.urlToken);
    expect(csrfToken).toMatch(/^[\w-]{43}$/);
    const page = await app.request(`${ORIGIN}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
  });
});

describe('the Host check', () => {
  test.each(['evil.example:4321', '127.0.0.1:80', 'localhost', '127.0.0.2:4321', 'attacker.localhost:4321'])(
    'refuses Host %s with 421 before looking at the session',
    async (host) => {
      const { app, sessions } = build();
      const res = await app.request(`${ORIGIN}/?token=${sessions.urlToken}`, { headers: { host } });
      expect(res.status).toBe(421);
      expect(res.headers.get('set-cookie')).toBeNull();
    },
  );

  test.each(['127.0.0.1:4321', 'localhost:4321', '[::1]:4321', 'LOCALHOST:4321'])(
    'accepts Host %s',
    async (host) => {
      const { app, sessions } = build();
      const res = await app.request(`${ORIGIN}/?token=${sessions.urlToken}`, { headers: { host } });
      expect(res.status).toBe(303);
    },
  );
});

describe('CSRF', () => {
  async function post(headers: Record<string, string>) {
    const { app, sessions } = build();
    const { cookie, csrfToken } = await login(app, sessions.urlToken);
    const res = await app.request(`${ORIGIN}/api/change`, {
      method: 'POST',
      headers: {
        cookie,
        ...headers,
        ...(headers['x-csrf-token'] === 'OK' ? { 'x-csrf-token': csrfToken } : {}),
      },
    });
    return res;
  }

  test('accepts a same-origin POST with the token', async () => {
    const res = await post({ origin: ORIGIN, 'x-csrf-token': 'OK' });
    expect(res.status).toBe(200);
  });

  test('accepts Sec-Fetch-Site same-origin without Origin', async () => {
    const res = await post({ 'sec-fetch-site': 'same-origin', 'x-csrf-token': 'OK' });
    expect(res.status).toBe(200);
  });

  test.each([
    ['a cross-site Origin', { origin: 'https://evil.example', 'x-csrf-token': 'OK' }],
    ['another port', { origin: 'http://127.0.0.1:1', 'x-csrf-token': 'OK' }],
    ['Sec-Fetch-Site cross-site', { origin: ORIGIN, 'sec-fetch-site': 'cross-site', 'x-csrf-token': 'OK' }],
    ['no Origin nor Sec-Fetch-Site', { 'x-csrf-token': 'OK' }],
    ['a null Origin', { origin: 'null', 'x-csrf-token': 'OK' }],
    ['no CSRF token', { origin: ORIGIN }],
    ['a wrong CSRF token', { origin: ORIGIN, 'x-csrf-token': 'nope' }],
  ])('refuses a POST with %s (403)', async (_, headers) => {
    const res = await post(headers as Record<string, string>);
    expect(res.status).toBe(403);
  });

  test('refuses a preflight and never answers with a CORS header', async () => {
    const { app, sessions } = build();
    const { cookie } = await login(app, sessions.urlToken);
    const res = await app.request(`${ORIGIN}/api/change`, {
      method: 'OPTIONS',
      headers: { cookie, origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(403);
    expect([...res.headers.keys()].filter((k) => k.startsWith('access-control-'))).toEqual([]);
  });
});

describe('security headers', () => {
  test.each([
    ['a page', '/', true],
    ['a refusal', '/', false],
    ['an asset', '/assets/app-1234.js', true],
  ])('are set on %s', async (_, path, logged) => {
    const { app, sessions } = build();
    const headers: Record<string, string> = logged
      ? { cookie: (await login(app, sessions.urlToken)).cookie }
      : {};
    const res = await app.request(`${ORIGIN}${path}`, { headers });
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });
});

describe('static files', () => {
  test('serves assets with their type and the page for app routes', async () => {
    const { app, sessions } = build();
    const { cookie } = await login(app, sessions.urlToken);
    const js = await app.request(`${ORIGIN}/assets/app-1234.js`, { headers: { cookie } });
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    const route = await app.request(`${ORIGIN}/queues`, { headers: { cookie } });
    expect(route.headers.get('content-type')).toContain('text/html');
    const missing = await app.request(`${ORIGIN}/assets/none.js`, { headers: { cookie } });
    expect(missing.status).toBe(404);
  });

  test.each(['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt'])(
    'never serves a file outside the web root (%s)',
    async (path) => {
      const { app, sessions } = build();
      const { cookie } = await login(app, sessions.urlToken);
      const res = await app.request(`${ORIGIN}${path}`, { headers: { cookie } });
      expect(await res.text()).not.toContain('outside the web root');
    },
  );

  test('answers JSON 404 for an unknown API path', async () => {
    const { app, sessions } = build();
    const { cookie } = await login(app, sessions.urlToken);
    const res = await app.request(`${ORIGIN}/api/nothing`, { headers: { cookie } });
    expect(res.status).toBe(404);
  });
});

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWebHarness, type WebHarness } from './web-harness.js';

let h: WebHarness;
let cookie: string;

beforeAll(async () => {
  h = await startWebHarness();
  const session = (await h.context.cookies()).find((c) => c.name === `ties_session_${h.server.port}`)!;
  cookie = `${session.name}=${session.value}`;
});
afterAll(async () => {
  await h?.close();
});

/** node:http lets a test send any Host header, as a DNS-rebinding page would. */
function raw(path: string, headers: Record<string, string>, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: h.server.port, path, method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(method === 'POST' ? 'x' : undefined);
  });
}

describe('the running server over real HTTP', () => {
  test('refuses a request without the session cookie', async () => {
    expect(await raw('/api/invitations', {})).toBe(401);
    expect(await raw('/', {})).toBe(401);
  });

  test('refuses a foreign Host even with a valid cookie (DNS rebinding)', async () => {
    expect(await raw('/api/invitations', { host: `rebind.example:${h.server.port}`, cookie })).toBe(421);
  });

  test('answers the page the cookie belongs to', async () => {
    expect(await raw('/api/invitations', { cookie })).toBe(200);
  });

  test('refuses a cross-site POST, even one carrying the cookie', async () => {
    expect(
      await raw(
        '/api/imports',
        { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
        'POST',
      ),
    ).toBe(403);
    expect(await raw('/api/imports', { cookie, origin: h.origin }, 'POST')).toBe(403);
  });

  test('refuses a form posted from another site in the browser (no cookie goes with it)', async () => {
    const attacker = await h.context.newPage();
    await attacker.setContent(
      `<form method="POST" action="${h.origin}/api/imports" enctype="text/plain">` +
        '<input name="x" value="y"></form>',
    );
    const [response] = await Promise.all([
      attacker.waitForResponse((r) => r.url().startsWith(`${h.origin}/api/imports`)),
      attacker.evaluate(() => document.forms[0]!.submit()),
    ]);
    expect([401, 403]).toContain(response.status());
    await attacker.close();
  });
});

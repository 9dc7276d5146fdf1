import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { createApp } from './create-app.js';
import { openLocalApp } from './testing/local-app.js';
import type { WebApi } from './web-api.js';

const PORT = 4323;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(join(tmpdir(), 'ties-bodies-'));
let api: WebApi;
let store: Store;
let app: ReturnType<typeof createApp>;
let headers: Record<string, string>;
let invitationId: number;

beforeAll(async () => {
  ({ api, app, headers } = await openLocalApp(dataDir, PORT));
  store = await openStore({ dataDir });
  const pasted = await send('POST', '/api/invitations', {
    name: 'Nina Pastée',
    profileUrl: 'linkedin.com/in/nina-pastee',
    note: 'Bonjour, nous étions au même salon.',
  });
  invitationId = ((await pasted.json()) as { invitationId: number }).invitationId;
});
afterAll(async () => {
  await store?.close();
  await api?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Sends a raw body, exactly as given. */
const send = (method: string, path: string, body?: unknown, raw = false) =>
  app.request(`${ORIGIN}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: raw ? (body as string) : JSON.stringify(body) }),
  });

const decisions = async () => (await store.db.selectFrom('decisions').select('id').execute()).length;

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toMatch(/\n\s+at /);
  return body.error;
}

describe('bodies and ids (issue 13 items 9 and 10, issue 18 item 2)', () => {
  test('a malformed decide body is a 400 that records nothing', async () => {
    for (const body of ['{bad json', '[1,2,3]', '"x"', 'null', '{}', '{"decision":5}']) {
      await expectError(await send('POST', '/api/triage/decide', body, true), 400, 'invalid-input');
    }
    for (const id of ['0x0c', '1e1', 1.5, -1, `${invitationId}`]) {
      await expectError(await send('POST', '/api/triage/decide', { invitationId: id }), 400, 'invalid-input');
    }
    await expectError(
      await send('POST', '/api/triage/decide', { invitationId, decision: 'accept', extra: 1 }),
      400,
      'invalid-input',
    );
    expect(await decisions()).toBe(0);
  });

  test('there is one decide route, and a missing invitation is not-found', async () => {
    await expectError(await send('POST', `/api/invitations/${invitationId}/decision`, {}), 404, 'not-found');
    await expectError(await send('POST', '/api/triage/decide', { invitationId: 999_999 }), 404, 'not-found');
    await expectError(
      await send('POST', '/api/network/review', { connectionId: 999_999, action: 'keep' }),
      404,
      'not-found',
    );
    expect(await decisions()).toBe(0);
    const ok = await send('POST', '/api/triage/decide', { invitationId, decision: 'accept' });
    expect(ok.status).toBe(200);
    expect(await decisions()).toBe(1);
  });

  test('query numbers are decimal only', async () => {
    for (const query of ['offset=0x0c', 'limit=1e1', 'limit=%2012', 'offset=-1', 'limit=9999']) {
      await expectError(await send('GET', `/api/triage?${query}`), 400, 'invalid-input');
    }
    expect((await send('GET', '/api/triage?offset=0&limit=10')).status).toBe(200);
    await expectError(await send('GET', '/api/network/strength?min=0x10'), 400, 'invalid-input');
  });

  test('every body has a limit by route, declared or streamed, and replies are validated', async () => {
    const big = 'x'.repeat(16 * 1024 * 1024);
    const started = Date.now();
    await expectError(
      await send('POST', '/api/replies', { profileUrl: 'linkedin.com/in/nina-pastee', text: big }),
      413,
      'too-large',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    // Without a Content-Length: the body is counted as it streams.
    const chunk = new TextEncoder().encode(`{"text":"${'y'.repeat(64 * 1024)}`);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await app.request(
      new Request(`${ORIGIN}/api/policy`, {
        method: 'PUT',
        headers,
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    await expectError(streamed, 413, 'too-large');
    await expectError(
      await send('POST', '/api/triage/decide', { invitationId, pad: 'z'.repeat(20_000) }),
      413,
      'too-large',
    );
    await expectError(
      await send('POST', '/api/replies', {
        profileUrl: 'linkedin.com/in/nina-pastee',
        text: 'r'.repeat(9_000),
      }),
      400,
      'invalid-input',
    );
    await expectError(await send('POST', '/api/replies', { text: 'merci' }), 400, 'invalid-input');
    await expectError(await send('POST', '/api/invitations', '[1', true), 400, 'invalid-input');
    await expectError(await send('POST', '/api/invitations', { name: 'x', note: 5 }), 400, 'invalid-input');
  });
});

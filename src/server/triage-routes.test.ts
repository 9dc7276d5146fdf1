import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { policyPath } from '../app/policy/policy-file.js';
import { PRESETS } from '../core/policy/index.js';
import type { createApp } from './create-app.js';
import { openLocalApp } from './testing/local-app.js';
import type { WebApi } from './web-api.js';

const PORT = 4322;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(join(tmpdir(), 'ties-triage-routes-'));
let api: WebApi;
let app: ReturnType<typeof createApp>;
let headers: Record<string, string>;

beforeAll(async () => {
  ({ api, app, headers } = await openLocalApp(dataDir, PORT));
});
afterAll(async () => {
  await api?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const call = (method: string, path: string, body?: unknown, extra: Record<string, string> = headers) =>
  app.request(`${ORIGIN}${path}`, {
    method,
    headers: extra,
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

describe('the triage API', () => {
  test('refuses a policy PUT without the anti-forgery token, and writes nothing', async () => {
    const { 'x-csrf-token': _token, ...noToken } = headers;
    const res = await call('PUT', '/api/policy', { text: PRESETS.selective }, noToken);
    expect(res.status).toBe(403);
    expect(existsSync(policyPath(dataDir))).toBe(false);
  });

  test('answers a broken policy with its located errors (422) and saves nothing', async () => {
    const res = await call('PUT', '/api/policy', {
      text: PRESETS.selective.replace('language: fr', 'language: de'),
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string }; errors: { line: number; path: string }[] };
    expect(body.error.code).toBe('invalid-policy');
    expect(body.errors[0]).toMatchObject({ path: 'language' });
    expect(body.errors[0]?.line).toBeGreaterThan(1);
    expect(existsSync(policyPath(dataDir))).toBe(false);
  });

  test.each([
    ['a decision that is not one', { invitationId: 1, decision: 'maybe' }],
    ['no invitation id', { decision: 'accept' }],
    ['an extra field', { invitationId: 1, by: 'policy' }],
  ])('refuses a decision with %s (400, JSON)', async (_, body) => {
    const res = await call('POST', '/api/triage/decide', body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid-input');
  });

  test('answers a decision on an unknown invitation with not-found (404, JSON)', async () => {
    const res = await call('POST', '/api/triage/decide', { invitationId: 999 });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not-found');
  });

  test('serves an empty queue window and nothing to undo', async () => {
    expect(await (await call('GET', '/api/triage?offset=0&limit=10')).json()).toEqual({
      total: 0,
      offset: 0,
      items: [],
    });
    expect(await (await call('POST', '/api/undo')).json()).toEqual({ undone: null, item: null });
  });

  test('saves settings into the policy file, keeping its comments', async () => {
    const { settings } = (await (await call('GET', '/api/settings')).json()) as { settings: object };
    const res = await call('PUT', '/api/settings', { ...settings, signature: 'Camille' });
    expect(res.status).toBe(200);
    const text = readFileSync(policyPath(dataDir), 'utf8');
    expect(text).toMatch(/^signature: Camille$/m);
    const comments = (s: string) => s.split('\n').filter((l) => l.trim().startsWith('#'));
    expect(comments(text)).toEqual(comments(PRESETS.selective));
  });
});

import { Hono } from 'hono';
import { z } from 'zod';
import { DECISIONS, LANGS } from '../core/labels.js';
import { CHANNEL_KINDS, type PolicyError } from '../core/policy/index.js';
import type { ServerEnv } from './env.js';
import type { TriageServices } from './triage-types.js';

const id = z.number().int().positive();
const windowQuery = z.object({
  offset: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().positive().max(500).default(100),
});
const decideBody = z.strictObject({ invitationId: id, decision: z.enum(DECISIONS).optional() });
const draftBody = z
  .strictObject({
    invitationId: id,
    text: z.string().max(20_000).optional(),
    lang: z.enum(LANGS).optional(),
  })
  .refine((b) => b.text !== undefined || b.lang !== undefined, 'text or lang is needed');
const undoBody = z.strictObject({ batch: z.string().uuid().optional() });
const policyBody = z.strictObject({ text: z.string().max(200_000) });
const limit = z.number().int().positive().max(100_000);
const settingsBody = z.strictObject({
  language: z.enum(LANGS),
  signature: z.string().trim().min(1).max(200),
  channels: z
    .array(
      z.strictObject({
        kind: z.enum(CHANNEL_KINDS),
        value: z.string().trim().min(1).max(300),
        label: z.strictObject({ fr: z.string().min(1), en: z.string().min(1) }).optional(),
      }),
    )
    .max(20),
  premium: z.boolean(),
  limits: z.strictObject({ note: limit, notePremium: limit, message: limit }),
});

const bad = (message: string) => ({ error: { code: 'invalid-input', message } });
const invalidPolicy = (errors: PolicyError[]) => ({
  error: {
    code: 'invalid-policy',
    message: errors[0] ? `line ${errors[0].line}: ${errors[0].message}` : 'invalid policy',
  },
  errors,
});
const body = (c: { req: { json: () => Promise<unknown> } }) => c.req.json().catch(() => null);

/**
 * The daily job's API: the triage queue (a window of it), decisions and draft edits under
 * `/triage`; undo of any logged change under `/undo`; the queues (due asks, replies, flagged people); the policy text and the settings kept
 * in it. Every write is a POST or PUT behind the CSRF guard, its body validated here.
 */
export function triageRoutes(triage: TriageServices): Hono<ServerEnv> {
  const api = new Hono<ServerEnv>();

  api.get('/triage', async (c) => {
    const q = windowQuery.safeParse(c.req.query());
    if (!q.success) return c.json(bad('expected offset and limit (at most 500)'), 400);
    return c.json(await triage.page(q.data));
  });

  api.post('/triage/decide', async (c) => {
    const b = decideBody.safeParse(await body(c));
    if (!b.success) return c.json(bad('expected { invitationId, decision? }'), 400);
    return c.json({ result: await triage.decide(b.data) });
  });

  // Undo of any change of the log (a decision, a draft, the outbox, a review answer, a tag, a
  // segment, a person edit): the batch named, else the latest. The preview says what it would take back.
  api.post('/undo', async (c) => {
    const raw = (await body(c)) ?? {};
    const b = undoBody.safeParse(raw);
    if (!b.success) return c.json(bad('expected { batch? }'), 400);
    return c.json(await triage.undo(b.data.batch));
  });
  api.get('/undo/preview', async (c) => {
    const q = undoBody.safeParse(c.req.query());
    if (!q.success) return c.json(bad('expected batch'), 400);
    return c.json({ preview: await triage.previewUndo(q.data.batch) });
  });

  api.put('/triage/draft', async (c) => {
    const b = draftBody.safeParse(await body(c));
    if (!b.success) return c.json(bad('expected { invitationId, text?, lang? }'), 400);
    return c.json({ draft: await triage.editDraft(b.data) });
  });

  api.get('/queues/asks', async (c) => c.json(await triage.dueAsks()));
  api.get('/queues/replies', async (c) => c.json({ replies: await triage.replies() }));
  api.get('/queues/flagged', async (c) => c.json({ people: await triage.flagged() }));

  api.get('/policy', async (c) => c.json(await triage.policy()));
  api.put('/policy', async (c) => {
    const b = policyBody.safeParse(await body(c));
    if (!b.success) return c.json(bad('expected { text }'), 400);
    const answer = await triage.savePolicy(b.data.text);
    return answer.saved ? c.json(answer) : c.json(invalidPolicy(answer.errors), 422);
  });

  api.get('/settings', async (c) => c.json({ settings: await triage.settings() }));
  api.put('/settings', async (c) => {
    const b = settingsBody.safeParse(await body(c));
    if (!b.success) {
      const issue = b.error.issues[0];
      return c.json(bad(`${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid settings'}`), 400);
    }
    // exactOptionalPropertyTypes: a channel without a label has no `label` key at all.
    const channels = b.data.channels.map(({ kind, value, label }) =>
      label ? { kind, value, label } : { kind, value },
    );
    const answer = await triage.saveSettings({ ...b.data, channels });
    return answer.saved ? c.json(answer) : c.json(invalidPolicy(answer.errors), 422);
  });

  return api;
}

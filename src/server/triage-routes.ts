import { Hono } from 'hono';
import { z } from 'zod';
import { DECISIONS, LANGS } from '../core/labels.js';
import { CHANNEL_KINDS, type PolicyError } from '../core/policy/index.js';
import type { ServerEnv } from './env.js';
import { decimalCount, parseBody, parseQuery } from './request-body.js';
import type { TriageServices } from './triage-types.js';

const id = z.number().int().positive();
const windowQuery = z.object({
  offset: decimalCount.default(0),
  limit: decimalCount.pipe(z.number().int().positive().max(500)).default(100),
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
const policyBody = z.strictObject({ text: z.string().max(64_000) });
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

const invalidPolicy = (errors: PolicyError[]) => ({
  error: {
    code: 'invalid-policy',
    message: errors[0] ? `line ${errors[0].line}: ${errors[0].message}` : 'invalid policy',
  },
  errors,
});

/**
 * The daily job's API: the triage queue (a window of it), decisions and draft edits under
 * `/triage`; undo of any logged change under `/undo`; the queues (due asks, replies, flagged people); the policy text and the settings kept
 * in it. Every write is a POST or PUT behind the CSRF guard, its body validated here.
 */
export function triageRoutes(triage: TriageServices): Hono<ServerEnv> {
  const api = new Hono<ServerEnv>();

  api.get('/triage', async (c) => c.json(await triage.page(parseQuery(c, windowQuery))));

  // The one decide route: the triage screen and the paste screen both call it.
  api.post('/triage/decide', async (c) =>
    c.json({ result: await triage.decide(await parseBody(c, decideBody)) }),
  );

  // Undo of any change of the log (a decision, a draft, the outbox, a review answer, a tag, a
  // segment, a person edit): the batch named, else the latest. The preview says what it would take back.
  api.post('/undo', async (c) => {
    const { batch } = await parseBody(c, undoBody, { optional: true });
    return c.json(await triage.undo(batch));
  });
  api.get('/undo/preview', async (c) =>
    c.json({ preview: await triage.previewUndo(parseQuery(c, undoBody).batch) }),
  );

  api.put('/triage/draft', async (c) =>
    c.json({ draft: await triage.editDraft(await parseBody(c, draftBody)) }),
  );

  api.get('/queues/asks', async (c) => c.json(await triage.dueAsks()));
  api.get('/queues/replies', async (c) => c.json({ replies: await triage.replies() }));
  api.get('/queues/flagged', async (c) => c.json({ people: await triage.flagged() }));

  api.get('/policy', async (c) => c.json(await triage.policy()));
  api.put('/policy', async (c) => {
    const { text } = await parseBody(c, policyBody);
    const answer = await triage.savePolicy(text);
    return answer.saved ? c.json(answer) : c.json(invalidPolicy(answer.errors), 422);
  });

  api.get('/settings', async (c) => c.json({ settings: await triage.settings() }));
  api.put('/settings', async (c) => {
    const settings = await parseBody(c, settingsBody);
    // exactOptionalPropertyTypes: a channel without a label has no `label` key at all.
    const channels = settings.channels.map(({ kind, value, label }) =>
      label ? { kind, value, label } : { kind, value },
    );
    const answer = await triage.saveSettings({ ...settings, channels });
    return answer.saved ? c.json(answer) : c.json(invalidPolicy(answer.errors), 422);
  });

  return api;
}

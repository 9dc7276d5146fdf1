import { Hono } from 'hono';
import { z } from 'zod';
import { DEFAULT_EXPOSURE } from '../app/network/exposure.js';
import { STRENGTH_SORTS } from '../app/network/strength-list.js';
import { REVIEW_ACTIONS } from '../core/network/review-actions.js';
import type { ServerEnv } from './env.js';
import type { NetworkServices } from './network-types.js';

const ANSWERS = REVIEW_ACTIONS.flatMap((a) => ('effect' in a ? [a] : []));
const ANSWER_NAMES = ANSWERS.map((a) => a.name) as [string, ...string[]];

const wholeNumber = z.coerce.number().int().nonnegative();
const strengthQuery = z.object({
  sort: z.enum(STRENGTH_SORTS).optional(),
  desc: z.enum(['0', '1']).optional(),
  min: z.coerce.number().min(0).max(100).optional(),
  max: z.coerce.number().min(0).max(100).optional(),
  segment: z.string().min(1).max(100).optional(),
  limit: wholeNumber.optional(),
});
const reviewAnswer = z.object({ connectionId: z.number().int().positive(), action: z.enum(ANSWER_NAMES) });
const exposureQuery = z.object({
  competitor: z.string().min(1).max(100).default(DEFAULT_EXPOSURE.competitor),
  client: z.string().min(1).max(100).default(DEFAULT_EXPOSURE.client),
  listVisible: z.enum(['0', '1']).default('1'),
});

const bad = (message: string) => ({ error: { code: 'invalid-input', message } });

/**
 * The network API under `/api/network`: reads are GETs, review answers are POSTs (behind the CSRF
 * guard). Each answer is a batch of the change log; the page takes it back with `POST /api/undo
 * { batch }`, so a page never sends the values to restore.
 */
export function networkRoutes(network: NetworkServices): Hono<ServerEnv> {
  const api = new Hono<ServerEnv>();

  api.get('/strength', async (c) => {
    const q = strengthQuery.safeParse(c.req.query());
    if (!q.success) return c.json(bad('bad strength query'), 400);
    const { desc, ...rest } = q.data;
    const query = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const ties = await network.strength({ ...query, descending: desc === '1' });
    return c.json({ ties });
  });

  api.get('/review', async (c) => c.json({ queue: await network.reviewQueue() }));

  api.post('/review', async (c) => {
    const body = reviewAnswer.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return c.json(bad('expected { connectionId, action }'), 400);
    const action = ANSWERS.find((a) => a.name === body.data.action);
    if (!action) return c.json(bad('unknown action'), 400);
    return c.json(await network.applyReview(body.data.connectionId, action.effect));
  });

  api.get('/removals', async (c) => c.json(await network.removals()));

  api.get('/exposure', async (c) => {
    const q = exposureQuery.safeParse(c.req.query());
    if (!q.success) return c.json(bad('bad exposure query'), 400);
    const { competitor, client, listVisible } = q.data;
    return c.json(
      await network.exposure({ competitor, client, connectionsListVisible: listVisible === '1' }),
    );
  });

  api.get('/stats', async (c) => c.json(await network.stats()));

  return api;
}

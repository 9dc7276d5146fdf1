import { Hono } from 'hono';
import { z } from 'zod';
import { DEFAULT_EXPOSURE } from '../app/network/exposure.js';
import { STRENGTH_SORTS } from '../app/network/strength-list.js';
import { REVIEW_ACTIONS } from '../core/network/review-actions.js';
import type { ServerEnv } from './env.js';
import type { NetworkServices } from './network-types.js';
import { decimalCount, decimalNumber, parseBody, parseQuery } from './request-body.js';

const ANSWERS = REVIEW_ACTIONS.flatMap((a) => ('effect' in a ? [a] : []));
const ANSWER_NAMES = ANSWERS.map((a) => a.name) as [string, ...string[]];

const score = decimalNumber.pipe(z.number().min(0).max(100));
const strengthQuery = z.object({
  sort: z.enum(STRENGTH_SORTS).optional(),
  desc: z.enum(['0', '1']).optional(),
  min: score.optional(),
  max: score.optional(),
  segment: z.string().min(1).max(100).optional(),
  limit: decimalCount.optional(),
});
const reviewAnswer = z.strictObject({
  connectionId: z.number().int().positive(),
  action: z.enum(ANSWER_NAMES),
});
const exposureQuery = z.object({
  competitor: z.string().min(1).max(100).default(DEFAULT_EXPOSURE.competitor),
  client: z.string().min(1).max(100).default(DEFAULT_EXPOSURE.client),
  listVisible: z.enum(['0', '1']).default('1'),
});

/**
 * The network API under `/api/network`: reads are GETs, review answers are POSTs (behind the CSRF
 * guard). Each answer is a batch of the change log; the page takes it back with `POST /api/undo
 * { batch }`, so a page never sends the values to restore.
 */
export function networkRoutes(network: NetworkServices): Hono<ServerEnv> {
  const api = new Hono<ServerEnv>();

  api.get('/strength', async (c) => {
    const { desc, ...rest } = parseQuery(c, strengthQuery);
    const query = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const ties = await network.strength({ ...query, descending: desc === '1' });
    return c.json({ ties });
  });

  api.get('/review', async (c) => c.json({ queue: await network.reviewQueue() }));

  api.post('/review', async (c) => {
    const body = await parseBody(c, reviewAnswer);
    const action = ANSWERS.find((a) => a.name === body.action);
    if (!action) throw new Error(`the review action ${body.action} has no effect`);
    return c.json(await network.applyReview(body.connectionId, action.effect));
  });

  api.get('/removals', async (c) => c.json(await network.removals()));

  api.get('/exposure', async (c) => {
    const { competitor, client, listVisible } = parseQuery(c, exposureQuery);
    return c.json(
      await network.exposure({ competitor, client, connectionsListVisible: listVisible === '1' }),
    );
  });

  api.get('/stats', async (c) => c.json(await network.stats()));

  return api;
}

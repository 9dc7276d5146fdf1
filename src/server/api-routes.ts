import { Hono } from 'hono';
import { z } from 'zod';
import type { ServerEnv } from './env.js';
import { ImportJobs } from './import-jobs.js';
import { networkRoutes } from './network-routes.js';
import { BODY_LIMITS, limitBody, parseBody } from './request-body.js';
import { triageRoutes } from './triage-routes.js';
import { saveUpload } from './upload.js';
import type { WebServices } from './web-services.js';

/** LinkedIn's messages stop at 8,000 characters; a pasted reply is one of them. */
const replyBody = z.strictObject({
  profileUrl: z.string().trim().min(1).max(500),
  text: z.string().trim().min(1).max(8_000),
});
/** The paste form's row: checked field by field by the import's own zod row, bounded here. */
const pastedRow = z.record(z.string(), z.string().max(8_000)).refine((row) => Object.keys(row).length <= 20);

/** Bodies per route; uploads stream to disk under their own limit (`upload.ts`). */
const limits = {
  default: limitBody(BODY_LIMITS.default),
  text: limitBody(BODY_LIMITS.text),
  policy: limitBody(BODY_LIMITS.policy),
};
const LIMIT_OF_ROUTE: readonly [RegExp, keyof typeof limits][] = [
  [/\/policy$/, 'policy'],
  [/\/(?:replies|invitations|triage\/draft)$/, 'text'],
];

/** The JSON API: parse, call the application layer, answer. Mounted under `/api` by `createApp`. */
export function apiRoutes(
  services: WebServices,
  log?: (line: string) => void,
  jobs: ImportJobs = new ImportJobs(services, log),
): Hono<ServerEnv> {
  const api = new Hono<ServerEnv>();

  api.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.path.endsWith('/imports')) return next();
    const route = LIMIT_OF_ROUTE.find(([pattern]) => pattern.test(c.req.path));
    return limits[route?.[1] ?? 'default'](c, next);
  });

  api.get('/invitations', async (c) => c.json({ invitations: await services.listPendingInvitations() }));

  const paste = services.pasteInvitation;
  if (paste) {
    api.post('/invitations', async (c) => {
      const answer = await paste(await parseBody(c, pastedRow));
      if (answer.ok) return c.json(answer, answer.added ? 201 : 200);
      return c.json({ ...answer, error: { ...answer.error, code: 'invalid-input' } }, 400);
    });
  }

  const pasteReply = services.pasteReply;
  if (pasteReply) {
    api.post('/replies', async (c) => {
      const body = await parseBody(c, replyBody);
      return c.json(await pasteReply(body), 201);
    });
  }

  api.post('/imports', async (c) => {
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > services.maxUploadBytes) {
      return c.json({ error: { code: 'archive-too-large', message: 'the upload is too large' } }, 413);
    }
    if (jobs.busy)
      return c.json({ error: { code: 'conflict', message: 'an import is already running' } }, 409);
    const upload = await saveUpload(c.req.raw.body, services.maxUploadBytes);
    const name = (c.req.query('name') ?? 'export.zip').slice(0, 200);
    return c.json(jobs.start(upload, name), 202);
  });

  api.post('/imports/:id/cancel', (c) => {
    const job = jobs.cancel(c.req.param('id'));
    return job ? c.json(job) : c.json({ error: { code: 'not-found', message: 'no such import' } }, 404);
  });

  api.get('/imports/:id', (c) => {
    const job = jobs.get(c.req.param('id'));
    return job ? c.json(job) : c.json({ error: { code: 'not-found', message: 'no such import' } }, 404);
  });

  if (services.network) api.route('/network', networkRoutes(services.network));
  if (services.triage) api.route('/', triageRoutes(services.triage));

  return api;
}

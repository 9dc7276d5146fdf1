import { Hono } from 'hono';
import { DECISIONS, type DecisionKind } from '../core/labels.js';
import type { ServerEnv } from './env.js';
import { ImportJobs } from './import-jobs.js';
import { networkRoutes } from './network-routes.js';
import { triageRoutes } from './triage-routes.js';
import { saveUpload } from './upload.js';
import type { WebServices } from './web-services.js';

/** The JSON API: parse, call the application layer, answer. Mounted under `/api` by `createApp`. */
export function apiRoutes(
  services: WebServices,
  log?: (line: string) => void,
  jobs: ImportJobs = new ImportJobs(services, log),
): Hono<ServerEnv> {
  const api = new Hono<ServerEnv>();

  api.get('/invitations', async (c) => c.json({ invitations: await services.listPendingInvitations() }));

  const paste = services.pasteInvitation;
  if (paste) {
    api.post('/invitations', async (c) => {
      const answer = await paste(await c.req.json().catch(() => null));
      return answer.ok ? c.json(answer, answer.added ? 201 : 200) : c.json(answer, 400);
    });
  }

  const decideOne = services.decideInvitation;
  if (decideOne) {
    api.post('/invitations/:id/decision', async (c) => {
      const id = Number(c.req.param('id'));
      const body = (await c.req.json().catch(() => ({}))) as { decision?: unknown };
      const decision = typeof body.decision === 'string' ? body.decision : undefined;
      if (!Number.isInteger(id) || (decision !== undefined && !isDecisionKind(decision))) {
        return c.json(
          { error: { code: 'usage', message: 'POST {"decision": "accept|decline|ask|ignore|later"} or {}' } },
          400,
        );
      }
      return c.json(await decideOne(id, decision));
    });
  }

  const pasteReply = services.pasteReply;
  if (pasteReply) {
    api.post('/replies', async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as { profile_url?: unknown; text?: unknown };
      if (typeof body.profile_url !== 'string' || typeof body.text !== 'string') {
        return c.json({ error: { code: 'usage', message: 'POST {"profile_url": "…", "text": "…"}' } }, 400);
      }
      return c.json(await pasteReply({ profileUrl: body.profile_url, text: body.text }), 201);
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

const isDecisionKind = (value: string): value is DecisionKind =>
  (DECISIONS as readonly string[]).includes(value);

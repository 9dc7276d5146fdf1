import { Hono } from 'hono';
import { asUserError } from '../core/errors.js';
import type { ServerEnv } from './env.js';
import { statusOfError } from './error-status.js';
import { csrfGuard, hostCheck, sessionGuard } from './guards.js';
import { allowedHosts } from './loopback.js';
import { securityHeaders } from './security-headers.js';
import type { Sessions } from './sessions.js';
import { staticFiles } from './static-files.js';

export interface AppDeps {
  /** The address and port the server listens on: the `Host` header must name them. */
  host: string;
  port: number;
  sessions: Sessions;
  /** The built web app (`dist/web`). */
  webRoot: string;
  /** The JSON API over the application layer, mounted under `/api` behind every guard. */
  api?: Hono<ServerEnv>;
  /** Where unexpected errors are reported (the terminal running `ties serve`). */
  log?: (line: string) => void;
}

/**
 * The whole HTTP surface, without a port: tests call `app.request()`. Order matters: headers on every
 * answer, then Host, then session, then CSRF, and only then the API and the files.
 */
export function createApp(deps: AppDeps): Hono<ServerEnv> {
  const app = new Hono<ServerEnv>();
  app.use('*', securityHeaders);
  app.use('*', hostCheck(allowedHosts(deps.host, deps.port)));
  app.use('*', sessionGuard(deps.sessions, `ties_session_${deps.port}`));
  app.use('*', csrfGuard);
  app.get('/api/session', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ csrfToken: c.get('session').csrfToken });
  });
  if (deps.api) app.route('/api', deps.api);
  app.all('/api/*', (c) => c.json({ error: { code: 'not-found', message: 'no such endpoint' } }, 404));
  app.use('*', staticFiles(deps.webRoot));
  app.onError((error, c) => {
    const known = asUserError(error);
    if (known)
      return c.json({ error: { code: known.code, message: known.message } }, statusOfError(known.code));
    deps.log?.(`ties serve: internal error: ${error.stack ?? error.message}`);
    return c.json({ error: { code: 'internal', message: 'internal error (see the terminal)' } }, 500);
  });
  return app;
}

import { loadConfig } from '../../app/config.js';
import { createApp } from '../create-app.js';
import { Sessions } from '../sessions.js';
import { openWebApi, type WebApi } from '../web-api.js';

export interface LocalApp {
  api: WebApi;
  app: ReturnType<typeof createApp>;
  origin: string;
  /** What the signed-in page sends with every write: its cookie, origin and CSRF token. */
  headers: Record<string, string>;
}

/**
 * The local server over a data directory, without a port, signed in as the browser is: the printed
 * URL's token exchanged for the cookie, then the session's CSRF token.
 */
export async function openLocalApp(dataDir: string, port: number): Promise<LocalApp> {
  const origin = `http://127.0.0.1:${port}`;
  const api = await openWebApi(loadConfig({ dataDir }, {}));
  const sessions = new Sessions();
  const app = createApp({ host: '127.0.0.1', port, sessions, webRoot: dataDir, api: api.routes });
  const res = await app.request(`${origin}/?token=${sessions.urlToken}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
  const session = await app.request(`${origin}/api/session`, { headers: { cookie } });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const headers = { cookie, origin, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  return { api, app, origin, headers };
}

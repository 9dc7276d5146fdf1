import { Hono } from 'hono';
import type { Config } from '../app/config.js';
import type { ServerEnv } from './env.js';

/** The JSON API the web app talks to, over the application layer, and what to close on exit. */
export interface WebApi {
  readonly routes: Hono<ServerEnv>;
  close(): Promise<void>;
}

/** Opens what the API needs (the store) from the typed config. */
export async function openWebApi(_config: Config): Promise<WebApi> {
  const routes = new Hono<ServerEnv>();
  return { routes, close: async () => undefined };
}

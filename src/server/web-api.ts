import type { Hono } from 'hono';
import type { Config } from '../app/config.js';
import { StrongtiesError } from '../core/errors.js';
import { apiRoutes } from './api-routes.js';
import type { ServerEnv } from './env.js';
import type { WebServices } from './web-services.js';

/** The JSON API the web app talks to, over the application layer, and what to close on exit. */
export interface WebApi {
  readonly routes: Hono<ServerEnv>;
  readonly services: WebServices;
  close(): Promise<void>;
}

/**
 * Opens what the API needs from the typed config.
 * TODO(store): until src/store lands on main, there is nothing to list nor to import into.
 */
export async function openWebApi(config: Config, log?: (line: string) => void): Promise<WebApi> {
  const services: WebServices = {
    maxUploadBytes: config.maxArchiveBytes,
    listPendingInvitations: async () => [],
    importExport: async () => {
      throw new StrongtiesError('not-found', 'the store is not available in this build');
    },
  };
  return { routes: apiRoutes(services, log), services, close: async () => undefined };
}

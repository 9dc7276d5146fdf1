import type { Hono } from 'hono';
import { StrongtiesError } from '../../core/errors.js';
import { allowedHosts, isLoopbackHost, urlHost } from '../loopback.js';
import { boundPort, closeHttp, listenHttp, type RunningServer } from '../start-server.js';
import { createTeamApp, type TeamAppDeps } from './team-app.js';
import type { TeamEnv } from './team-env.js';

export interface TeamServerOptions extends Omit<TeamAppDeps, 'hosts'> {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The name browsers use behind the proxy (`ties.example.org`), answered besides the bound address. */
  publicHost?: string | undefined;
}

/**
 * Listens for the team. Passwords must not cross a network in clear: beyond loopback the server
 * listens only behind a TLS proxy (`--trust-proxy`), and then refuses requests the proxy says came
 * in over plain HTTP.
 */
export async function startTeamServer(options: TeamServerOptions): Promise<RunningServer> {
  if (!isLoopbackHost(options.host) && !options.trustProxy) {
    throw new StrongtiesError(
      'usage',
      `refusing to listen on ${options.host} without --trust-proxy: put the team server behind a TLS reverse proxy (docs/team.md)`,
    );
  }
  let app: Hono<TeamEnv> | undefined;
  const server = await listenHttp(options.host, options.port, (request, env) =>
    app ? app.fetch(request, env) : new Response('starting', { status: 503 }),
  );
  const port = boundPort(server);
  const hosts = new Set(allowedHosts(options.host, port));
  if (options.publicHost) hosts.add(options.publicHost.toLowerCase());
  app = createTeamApp({ ...options, hosts });
  return { url: `http://${urlHost(options.host)}:${port}/`, port, close: () => closeHttp(server) };
}

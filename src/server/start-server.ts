import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { StrongtiesError } from '../core/errors.js';
import { type AppDeps, createApp } from './create-app.js';
import type { ServerEnv } from './env.js';
import { isLoopbackHost, urlHost } from './loopback.js';
import { Sessions } from './sessions.js';

export interface StartOptions extends Omit<AppDeps, 'port' | 'sessions'> {
  /** 0 picks a free port. */
  port: number;
  sessions?: Sessions;
  /**
   * The data is private: a non-loopback address is refused unless the user asked for it by name
   * (`ties serve --host`).
   */
  allowNonLoopback?: boolean;
}

export interface RunningServer {
  /** The URL to open, with the session token: print it, never log it elsewhere. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Listens, then builds the app for the port actually bound (the Host check needs it). */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  if (!isLoopbackHost(options.host) && !options.allowNonLoopback) {
    throw new StrongtiesError('usage', `refusing to listen on ${options.host}: not a loopback address`);
  }
  let app: Hono<ServerEnv> | undefined;
  const server = await listenHttp(options.host, options.port, (request, env) =>
    app ? app.fetch(request, env) : new Response('starting', { status: 503 }),
  );
  const port = boundPort(server);
  const sessions = options.sessions ?? new Sessions();
  app = createApp({ ...options, port, sessions });
  const url = `http://${urlHost(options.host)}:${port}/?token=${sessions.urlToken}`;
  return { url, port, close: () => closeHttp(server) };
}

type HttpServer = ReturnType<typeof createAdaptorServer>;

/** Listens on `host:port` (0: a free port); a taken or forbidden address is a usage error. */
export async function listenHttp(
  host: string,
  port: number,
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
): Promise<HttpServer> {
  const server = createAdaptorServer({ fetch });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES'
          ? new StrongtiesError('usage', `cannot listen on ${host}:${port}: ${error.code}`, { cause: error })
          : error,
      ),
    );
    server.listen(port, host, () => {
      server.removeAllListeners('error');
      resolve();
    });
  });
  return server;
}

export const boundPort = (server: HttpServer): number => (server.address() as AddressInfo).port;

export function closeHttp(server: HttpServer): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // Browsers keep idle connections open; without this, close() would wait for them.
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

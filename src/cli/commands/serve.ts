import { spawn } from 'node:child_process';
import { Option } from 'commander';
import { StrongtiesError } from '../../core/errors.js';
import { isLoopbackHost } from '../../server/loopback.js';
import type { RunningServer } from '../../server/start-server.js';
import type { WebApi } from '../../server/web-api.js';
import { readyReader } from '../lazy-text-reader.js';
import type { Runtime } from '../runtime.js';
import type { RegisterCommand } from './index.js';

const DEFAULT_PORT = 7474;

export interface ServeOptions {
  port?: string;
  host?: string;
  open?: boolean;
  team?: boolean;
  trustProxy?: boolean;
  publicHost?: string;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StrongtiesError('usage', `invalid port: ${text}`);
  }
  return port;
}

/** The default port may be taken (another `ties serve`): then any free port will do. */
async function listen(
  runtime: Runtime,
  options: ServeOptions,
  host: string,
  api: WebApi,
): Promise<RunningServer> {
  // The server's modules load only when serving: other verbs start faster without them.
  const [{ startServer }, { defaultWebRoot }] = await Promise.all([
    import('../../server/start-server.js'),
    import('../../server/web-root.js'),
  ]);
  const common = {
    host,
    webRoot: defaultWebRoot(),
    api: api.routes,
    allowNonLoopback: options.host !== undefined,
    log: (line: string) => runtime.err(line),
  };
  if (options.port !== undefined) return startServer({ ...common, port: parsePort(options.port) });
  try {
    return await startServer({ ...common, port: DEFAULT_PORT });
  } catch {
    return startServer({ ...common, port: 0 });
  }
}

function openBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}

/** Resolves on Ctrl-C (SIGINT) or SIGTERM. */
const interrupted = (): Promise<string> =>
  new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

export const registerServe: RegisterCommand = (program, runtime) => {
  program
    .command('serve')
    .description('open the web app on this machine (127.0.0.1) and print its private address')
    .addOption(new Option('--port <n>', `port to listen on (default ${DEFAULT_PORT}, else a free one)`))
    .addOption(new Option('--host <address>', 'address to listen on (default 127.0.0.1)'))
    .option('--open', 'open the address in the default browser')
    .option('--team', 'serve the team server: many members on PostgreSQL (DATABASE_URL, docs/team.md)')
    .option('--trust-proxy', 'behind a TLS reverse proxy: trust X-Forwarded-Proto/-For, refuse plain HTTP')
    .addOption(
      new Option('--public-host <name>', 'the name members reach the team server by (behind the proxy)'),
    )
    .action(async (options: ServeOptions) => {
      if (options.team) {
        const { runTeamServe } = await import('./serve-team.js');
        await runTeamServe(runtime, options, parsePort, interrupted);
        return;
      }
      await runServe(runtime, options);
    });
};

/** Serves the web app on the runtime's data directory until Ctrl-C. */
export async function runServe(runtime: Runtime, options: ServeOptions): Promise<void> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) {
    runtime.err(
      `ties serve: warning: listening on ${host}, not a loopback address: anyone who can reach it and ` +
        'learns the token can read your data.',
    );
  }
  const { openWebApi } = await import('../../server/web-api.js');
  const api = await openWebApi(
    runtime.config,
    (line) => runtime.err(line),
    runtime.reader === undefined ? undefined : await readyReader(runtime.reader),
  );
  let server: RunningServer;
  try {
    server = await listen(runtime, options, host, api);
  } catch (error) {
    await api.close();
    throw error;
  }
  runtime.out(`Strongties is running at ${server.url}`);
  runtime.out('Open this address (it holds a secret token); press Ctrl-C to stop.');
  if (options.open) openBrowser(server.url);
  await interrupted();
  await server.close();
  await api.close();
  runtime.err('ties serve: stopped.');
}

import { readyReader } from '../lazy-text-reader.js';
import type { Runtime } from '../runtime.js';
import { requireTeamDatabase } from './team.js';

export interface TeamServeOptions {
  port?: string;
  host?: string;
  trustProxy?: boolean;
  publicHost?: string;
}

/** `ties serve --team`: the team server until SIGINT or SIGTERM (systemd stops it with SIGTERM). */
export async function runTeamServe(
  runtime: Runtime,
  options: TeamServeOptions,
  parsePort: (text: string) => number,
  interrupted: () => Promise<string>,
): Promise<void> {
  const urls = requireTeamDatabase(runtime.config);
  const [{ openTeam }, { startTeamServer }, { defaultWebRoot }, { textReader }] = await Promise.all([
    import('../../app/team/team.js'),
    import('../../server/team/start-team-server.js'),
    import('../../server/web-root.js'),
    import('../../core/classify/index.js'),
  ]);
  const team = await openTeam(urls);
  const reader = runtime.reader === undefined ? textReader : await readyReader(runtime.reader);
  let server: Awaited<ReturnType<typeof startTeamServer>>;
  try {
    server = await startTeamServer({
      team,
      host: options.host ?? '127.0.0.1',
      port: options.port === undefined ? 7474 : parsePort(options.port),
      publicHost: options.publicHost,
      trustProxy: options.trustProxy === true,
      webRoot: defaultWebRoot(),
      reader,
      maxUploadBytes: runtime.config.maxArchiveBytes,
      log: (line) => runtime.err(line),
    });
  } catch (error) {
    await team.close();
    throw error;
  }
  runtime.out(`Strongties team server listening at ${server.url}`);
  await interrupted();
  await server.close();
  await team.close();
  runtime.err('ties serve --team: stopped.');
}

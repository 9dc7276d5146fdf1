import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultDataDir } from '../../app/config.js';
import { generateLinkedinExport, writeZip } from '../../synthetic/index.js';
import { createTranslator } from '../i18n.js';
import type { Runtime } from '../runtime.js';
import type { RegisterCommand } from './index.js';

/** The demo network: big enough to feel real, small enough to import in a blink. */
const DEMO_SIZE = {
  seed: 2026,
  connections: 450,
  messages: 4000,
  invitations: 90,
  endorsements: 60,
  recommendations: 8,
};

export const registerDemo: RegisterCommand = (program, runtime) => {
  program
    .command('demo')
    .description('Import a realistic demo LinkedIn export (fictitious people) and show what is pending.')
    .option('--json', 'print the import summary as JSON')
    .option('--serve', 'then open the web app on the demo data (what `npm start` does)')
    .option('--port <n>', 'with --serve: port to listen on')
    .addHelpText(
      'after',
      `
The demo lives in its own data directory (your default one with "-demo" appended) so that it never
mixes with your real network; --data-dir or $STRONGTIES_DATA_DIR choose another. Running it again
re-imports the same export: nothing changes, which is the point.`,
    )
    .action(async (options: { json?: boolean; serve?: boolean; port?: string }) => {
      if (options.serve) {
        await prepareDemo(runtime, { quiet: false });
        const { runServe } = await import('./serve.js');
        await runServe(runtime, options.port === undefined ? {} : { port: options.port });
        return;
      }
      await runDemo(runtime, options);
    });
};

export function demoDataDir(runtime: Runtime): string {
  return runtime.dataDirChosen ? runtime.config.dataDir : `${defaultDataDir(runtime.io.env)}-demo`;
}

/** Writes the demo export once, imports it, and returns where it lives. */
export async function prepareDemo(
  runtime: Runtime,
  options: { json?: boolean; quiet?: boolean },
): Promise<string> {
  const dataDir = demoDataDir(runtime);
  runtime.switchDataDir(dataDir);
  const generated = generateLinkedinExport(DEMO_SIZE);
  const archive = join(dataDir, 'demo', generated.name);
  if (!existsSync(archive)) {
    await mkdir(join(dataDir, 'demo'), { recursive: true, mode: 0o700 });
    await writeZip(generated.files, archive);
  }
  const t = createTranslator(runtime.config.lang);
  if (!options.json && !options.quiet) runtime.out(t('demo.intro', { dataDir }));
  const { runImport } = await import('./import.js');
  await runImport(runtime, archive, { json: options.json === true, quiet: options.quiet === true });
  return dataDir;
}

async function runDemo(runtime: Runtime, options: { json?: boolean }): Promise<void> {
  await prepareDemo(runtime, options);
  if (options.json) return;
  runtime.out('');
  const { printInvitations } = await import('./invitations.js');
  await printInvitations(runtime, { status: 'pending', limit: '10' });
}

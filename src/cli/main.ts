import { Command, CommanderError } from 'commander';
import type { TextReader } from '../core/classify/types.js';
import { asUserError } from '../core/errors.js';
import { endOnClosedOutput } from './closed-output.js';
import { COMMANDS, readerCommands } from './commands/index.js';
import { EXIT, EXIT_OF_ERROR } from './exit-codes.js';
import { LazyTextReader, readyReader } from './lazy-text-reader.js';

/** Verbs registered in COMMANDS that classify too: an import finds replies, the demo imports, the server triages. */
const ALSO_READ_TEXT = new Set(['import', 'demo', 'serve']);

import { type GlobalOptions, type Io, Runtime } from './runtime.js';
import { VERSION } from './version.js';

function defaultIo(): Io {
  endOnClosedOutput(process.stdout, process.stderr);
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

export function buildProgram(runtime: Runtime, reader?: TextReader): Command {
  const program = new Command('ties')
    .description('Strongties: triage connection invitations by your own policy, decline with grace.')
    .version(VERSION, '-V, --version')
    .option(
      '--data-dir <dir>',
      'data directory (default: $STRONGTIES_DATA_DIR, else $XDG_DATA_HOME/strongties)',
    )
    .option('--lang <fr|en>', 'interface language (default: from $LANG)')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => runtime.io.stdout.write(s),
      writeErr: (s) => runtime.io.stderr.write(s),
    })
    .exitOverride();
  for (const register of COMMANDS) register(program, runtime);
  if (reader) {
    const before = new Set(program.commands);
    for (const register of readerCommands(reader)) register(program, runtime);
    // The verbs that read text load the classifier before their action, and only they do.
    for (const command of program.commands) {
      if (!before.has(command) || ALSO_READ_TEXT.has(command.name())) {
        command.hook('preAction', async () => {
          await readyReader(reader);
        });
      }
    }
  }
  return program;
}

/** Runs one `ties` invocation and returns its exit code; never throws for a user's mistake. */
/**
 * `reader` classifies notes and replies for the verbs that read text (compose, triage, reply,
 * replies): the trained classifier, unless a test gives a predictable one.
 */
export async function main(
  argv: string[],
  io: Io = defaultIo(),
  reader: TextReader = new LazyTextReader(),
): Promise<number> {
  let program: Command | undefined;
  const runtime = new Runtime(io, () => (program?.opts() ?? {}) as GlobalOptions);
  runtime.reader = reader;
  program = buildProgram(runtime, reader);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return runtime.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      if (error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    const known = asUserError(error);
    if (known) {
      const error = known;
      const where = [error.file, error.line].filter((p) => p !== undefined).join(':');
      const field = error.field ? ` (field ${error.field})` : '';
      runtime.err(`ties: ${where ? `${where}: ` : ''}${error.message}${field}`);
      return EXIT_OF_ERROR[error.code];
    }
    runtime.err(
      `ties: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    runtime.err('This is a bug in Strongties; please report it with the lines above.');
    return EXIT.failure;
  }
}

import { PassThrough, Writable } from 'node:stream';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/runtime.js';

export interface TiesRun {
  code: number;
  out: string;
  err: string;
}

export interface TiesRunOptions {
  /** Standard input's whole content (JSON lines, a pasted note…). */
  stdin?: string;
  /** Keys typed on a terminal once the command has started: stdin and stderr then claim to be a TTY. */
  keys?: string;
  /** Milliseconds before the keys are typed. */
  keysDelayMs?: number;
}

/** Runs `ties ARGS` in this process with captured output, as a user would from a shell. */
export async function runTies(
  env: Record<string, string>,
  args: string[],
  options: TiesRunOptions = {},
): Promise<TiesRun> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(chunk.toString());
        done();
      },
    });
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stdout = sink((s) => {
    out += s;
  }) as Io['stdout'];
  const stderr = sink((s) => {
    err += s;
  }) as Io['stderr'];
  if (options.keys !== undefined) {
    stdin.isTTY = true;
    stderr.isTTY = true;
    const keys = options.keys;
    setTimeout(() => stdin.end(keys), options.keysDelayMs ?? 300);
  } else stdin.end(options.stdin ?? '');
  const code = await main(args, { stdin, stdout, stderr, env: { LANG: 'en_US.UTF-8', ...env } });
  return { code, out, err };
}

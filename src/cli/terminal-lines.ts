import { createInterface } from 'node:readline/promises';
import type { Runtime } from './runtime.js';

/**
 * Questions on a terminal, one line each, prompts on standard error (standard output stays for
 * results). Ctrl-D ends the input: `ask` then returns undefined.
 */
export class TerminalLines {
  readonly #rl;
  readonly #lines: AsyncIterator<string>;

  constructor(private readonly runtime: Runtime) {
    this.#rl = createInterface({ input: runtime.io.stdin, terminal: false });
    this.#lines = this.#rl[Symbol.asyncIterator]();
  }

  async ask(prompt: string): Promise<string | undefined> {
    this.runtime.io.stderr.write(prompt);
    const next = await this.#lines.next();
    return next.done ? undefined : next.value;
  }

  /** Lines until an empty one or Ctrl-D, joined with line feeds (a pasted note keeps its breaks). */
  async askLines(prompt: string): Promise<string> {
    this.runtime.io.stderr.write(prompt);
    const lines: string[] = [];
    for (;;) {
      const next = await this.#lines.next();
      if (next.done || next.value === '') break;
      lines.push(next.value);
    }
    return lines.join('\n');
  }

  close(): void {
    this.#rl.close();
  }
}

/**
 * Asks before an irreversible step: `--yes` answers for a script; on a terminal the user types yes;
 * anywhere else the command refuses (nothing is erased by a pipe that happened to be open).
 */
export async function confirmed(
  runtime: Runtime,
  question: string,
  yes: boolean | undefined,
): Promise<boolean> {
  if (yes) return true;
  if (!runtime.io.stdin.isTTY) return false;
  const lines = new TerminalLines(runtime);
  try {
    const answer = await lines.ask(`${question} `);
    return /^(y|yes|o|oui)$/i.test(answer?.trim() ?? '');
  } finally {
    lines.close();
  }
}

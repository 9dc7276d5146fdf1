import type { Readable } from 'node:stream';

// An escape sequence (arrow keys: ESC [ A) is one key; anything else is one character.
const KEY = /\u001b\[[0-9;]*[A-Za-z~]|\u001bO[A-Za-z]|[\s\S]/gu;
const NAMED: Record<string, string> = {
  '\u001b[A': 'ArrowUp',
  '\u001b[B': 'ArrowDown',
  '\u001b[C': 'ArrowRight',
  '\u001b[D': 'ArrowLeft',
  '\u001bOA': 'ArrowUp',
  '\u001bOB': 'ArrowDown',
  '\r': 'Enter',
  '\n': 'Enter',
};

export type RawInput = Readable & { setRawMode?: (raw: boolean) => void };

/**
 * Key presses from a terminal in raw mode, named as the action registries name them (`a`, `Enter`,
 * `ArrowDown`); resolves `undefined` when the input ends.
 */
export function keyReader(stdin: RawInput) {
  const pending: string[] = [];
  const waiting: Array<(key: string | undefined) => void> = [];
  let ended = false;
  const onData = (chunk: Buffer | string) => {
    for (const match of chunk.toString().matchAll(KEY)) {
      const key = NAMED[match[0]] ?? match[0];
      const resolve = waiting.shift();
      if (resolve) resolve(key);
      else pending.push(key);
    }
  };
  const onEnd = () => {
    ended = true;
    for (const resolve of waiting.splice(0)) resolve(undefined);
  };
  stdin.setRawMode?.(true);
  stdin.on('data', onData);
  stdin.on('end', onEnd);
  stdin.resume();
  return {
    next: (): Promise<string | undefined> =>
      pending.length > 0
        ? Promise.resolve(pending.shift())
        : ended
          ? Promise.resolve(undefined)
          : new Promise((resolve) => waiting.push(resolve)),
    /** Hands the terminal to another program (an editor) and back. */
    suspend: () => stdin.setRawMode?.(false),
    resume: () => stdin.setRawMode?.(true),
    close: () => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.setRawMode?.(false);
      stdin.pause();
    },
  };
}

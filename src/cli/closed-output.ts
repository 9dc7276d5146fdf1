import { EXIT } from './exit-codes.js';

type Exit = (code: number) => never;

/**
 * What a failing standard output means. A reader that stops reading (`ties invitations | head -1`)
 * is not a failure: the user got what they wanted, so the process ends at once, quietly, with 0
 * (without a handler Node prints an "Unhandled 'error' event" stack). Any other write error (a full
 * disk behind `> file`) is one line on stderr and exit 1.
 */
export function endOnClosedOutput(
  stdout: NodeJS.EventEmitter,
  stderr: { write(s: string): unknown },
  exit: Exit = process.exit,
): void {
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit(EXIT.ok);
    stderr.write(`ties: cannot write the output: ${error.message}\n`);
    exit(EXIT.failure);
  });
}

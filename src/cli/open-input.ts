import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { StrongtiesError } from '../core/errors.js';

/**
 * The input a command reads: standard input when no file is given or the file is `-` (as everywhere
 * on the command line), else the file. A file that cannot be opened is one located error: not-found
 * when it is missing, invalid-input otherwise (a folder, no permission).
 */
export async function openInput(file: string | undefined, stdin: Readable): Promise<Readable> {
  if (file === undefined || file === '-') return stdin;
  try {
    return (await open(file)).createReadStream({ encoding: 'utf8' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'invalid-input';
    throw new StrongtiesError(code, `cannot read ${file}`, { cause: error, file });
  }
}

import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, statSync, type WriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StrongtiesError } from '../core/errors.js';

/** Owner read and write only: a user's data and policy are nobody else's on a shared machine. */
export const PRIVATE_MODE = 0o600;

/** Sets 0600 on each file that exists (an older version, or another tool, may have made it 0644). */
export function makePrivate(...paths: string[]): void {
  for (const path of paths) if (existsSync(path)) chmodSync(path, PRIVATE_MODE);
}

/** A warning when other local users can list or read the data directory, else undefined. */
export function dataDirExposure(dir: string): string | undefined {
  if (!existsSync(dir) || process.platform === 'win32') return undefined;
  const mode = statSync(dir).mode & 0o777;
  return (mode & 0o077) === 0
    ? undefined
    : `${dir} is readable by other users (mode ${mode.toString(8)}): run chmod 700 ${dir}`;
}

/** The one line a full disk or a read-only place deserves: the user's problem, not a bug. */
export function writeFailure(path: string, cause: unknown): StrongtiesError {
  const code = (cause as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOSPC'
      ? 'no space left on the disk'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EROFS'
          ? 'read-only file system'
          : String((cause as Error).message ?? cause);
  return new StrongtiesError('io', `cannot write ${path}: ${why}; the previous file is unchanged`, {
    cause,
    file: path,
  });
}

/**
 * Writes a file so that a kill or a full disk never leaves it half-written: the bytes go to a
 * private temporary file in the same directory (same file system, so the rename is atomic), are
 * flushed to the disk, and only then replace the target. On failure the temporary file is removed
 * and the previous file is untouched.
 */
export async function writeFileAtomic(
  path: string,
  fill: (out: WriteStream) => Promise<void>,
  options: { exclusive?: boolean } = {},
): Promise<void> {
  if (options.exclusive && existsSync(path))
    throw new StrongtiesError('conflict', `${path} already exists`, { file: path });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const out = createWriteStream(temp, { flags: 'wx', mode: PRIVATE_MODE });
  try {
    await new Promise<void>((resolve, reject) => {
      out.once('open', () => resolve());
      out.once('error', reject);
    });
    await fill(out);
    await new Promise<void>((resolve, reject) => {
      out.once('error', reject);
      if (out.writableFinished) resolve();
      else out.end(() => resolve());
    });
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (cause) {
    out.destroy();
    await unlink(temp).catch(() => {});
    if (cause instanceof StrongtiesError) throw cause;
    throw writeFailure(path, cause);
  }
}

/** `writeFileAtomic` for text already in memory. */
export const writeTextAtomic = (path: string, text: string, options: { exclusive?: boolean } = {}) =>
  writeFileAtomic(
    path,
    (out) =>
      new Promise<void>((resolve, reject) => {
        out.once('error', reject);
        out.end(text, 'utf8', () => resolve());
      }),
    options,
  );

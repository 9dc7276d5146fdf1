import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { StrongtiesError } from '../../core/errors.js';
import { type ExportSource, guardSize, type SourceEntry, tooLarge } from './export-source.js';

// An unpacked export is flat, sometimes one folder deep; deeper trees are not an export.
const MAX_DEPTH = 4;

async function walk(root: string, relative: string, depth: number, into: SourceEntry[]): Promise<void> {
  const items = await readdir(join(root, relative), { withFileTypes: true });
  for (const item of items) {
    const path = relative === '' ? item.name : `${relative}/${item.name}`;
    // Symbolic links are not followed: they could lead out of the folder the user gave.
    if (item.isDirectory() && depth < MAX_DEPTH) await walk(root, path, depth + 1, into);
    else if (item.isFile()) into.push({ path, bytes: (await stat(join(root, path))).size });
  }
}

/** An unpacked export folder, read in place. */
export async function openFolderSource(dir: string, limit: number): Promise<ExportSource> {
  const name = basename(dir);
  const entries: SourceEntry[] = [];
  try {
    await walk(dir, '', 0, entries);
  } catch (cause) {
    throw new StrongtiesError('invalid-archive', `${name} is not a readable folder`, { cause, file: name });
  }
  entries.sort((a, b) => a.path.localeCompare(b.path));
  const declaredTotal = entries.reduce((sum, e) => sum + e.bytes, 0);
  if (declaredTotal > limit) throw tooLarge(name, limit);
  return {
    name,
    entries,
    issues: [],
    open: async (entry) => {
      const guarded = guardSize(name, entry, declaredTotal, limit);
      const stream: Readable = createReadStream(join(dir, entry.path));
      stream.on('error', (cause) =>
        guarded.destroy(
          new StrongtiesError('invalid-archive', `${name}: cannot read ${entry.path}`, { cause, file: name }),
        ),
      );
      guarded.on('close', () => stream.destroy());
      return stream.pipe(guarded);
    },
    fingerprint: async (entry) => {
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(join(dir, entry.path))) hash.update(chunk as Buffer);
      return `sha256:${hash.digest('base64url')}`;
    },
    close: async () => {},
  };
}

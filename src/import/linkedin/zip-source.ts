import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { type Issue, StrongtiesError } from '../../core/errors.js';
import { type ExportSource, guardSize, type SourceEntry, tooLarge } from './export-source.js';

// yauzl's own words for entries that would escape the extraction folder.
const UNSAFE_NAME = /^(absolute path|invalid relative path|invalid characters in fileName)/;

const openZip = (path: string): Promise<yauzl.ZipFile> =>
  new Promise((resolve, reject) => {
    yauzl.open(
      path,
      // Sizes are checked by `guardSize` (limit first, then honesty); we never extract to disk.
      { lazyEntries: true, autoClose: false, validateEntrySizes: false, decodeStrings: true },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    );
  });

/** The entries by name; of several with one name the last is kept (as unzip leaves it), and said. */
function listEntries(zip: yauzl.ZipFile, name: string, issues: Issue[]): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  const counts = new Map<string, number>();
  let index = 0;
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      index++;
      if (!entry.fileName.endsWith('/')) {
        const seen = (counts.get(entry.fileName) ?? 0) + 1;
        counts.set(entry.fileName, seen);
        if (seen > 1) {
          issues.push({
            code: 'duplicate-entry',
            file: entry.fileName,
            line: 0,
            message: `${name} holds ${entry.fileName} ${seen} times; the last one (entry ${index} of the archive) is read`,
            skips: 'file',
          });
        }
        entries.set(entry.fileName, entry);
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Opens a zip without extracting it: validates names and declared sizes, streams entries on demand. */
export async function openZipSource(path: string, limit: number): Promise<ExportSource> {
  const name = basename(path);
  let zip: yauzl.ZipFile;
  let byName: Map<string, yauzl.Entry>;
  const issues: Issue[] = [];
  try {
    zip = await openZip(path);
  } catch (cause) {
    throw new StrongtiesError('invalid-archive', `${name} is not a readable zip archive`, {
      cause,
      file: name,
    });
  }
  try {
    byName = await listEntries(zip, name, issues);
  } catch (cause) {
    zip.close();
    const message = cause instanceof Error ? cause.message : String(cause);
    if (UNSAFE_NAME.test(message)) {
      throw new StrongtiesError('unsafe-archive', `${name} holds an unsafe entry (${message}); refusing it`, {
        cause,
        file: name,
      });
    }
    throw new StrongtiesError('invalid-archive', `${name} is a corrupt zip archive (${message})`, {
      cause,
      file: name,
    });
  }
  const entries: SourceEntry[] = [...byName.values()].map((e) => ({
    path: e.fileName,
    bytes: e.uncompressedSize,
  }));
  const declaredTotal = entries.reduce((sum, e) => sum + e.bytes, 0);
  if (declaredTotal > limit) {
    zip.close();
    throw tooLarge(name, limit);
  }
  return {
    name,
    entries,
    issues,
    open: (entry) =>
      new Promise<Readable>((resolve, reject) => {
        const zipEntry = byName.get(entry.path);
        if (zipEntry === undefined) return reject(new Error(`no entry ${entry.path}`));
        zip.openReadStream(zipEntry, (error, stream) => {
          if (error) {
            return reject(
              new StrongtiesError(
                'invalid-archive',
                `${name}: cannot read ${entry.path} (${error.message})`,
                {
                  cause: error,
                  file: name,
                },
              ),
            );
          }
          const guarded = guardSize(name, entry, declaredTotal, limit, zipEntry.crc32);
          stream.on('error', (cause: Error) =>
            guarded.destroy(
              new StrongtiesError(
                'invalid-archive',
                `${name}: ${entry.path} is corrupt (${cause.message}); nothing was imported`,
                {
                  cause,
                  file: name,
                },
              ),
            ),
          );
          guarded.on('close', () => stream.destroy());
          resolve(stream.pipe(guarded));
        });
      }),
    // The central directory's CRC-32 of the uncompressed bytes: a content hash that costs no read.
    fingerprint: async (entry) => {
      const zipEntry = byName.get(entry.path);
      return zipEntry === undefined ? '' : `crc32:${zipEntry.crc32}:${zipEntry.uncompressedSize}`;
    },
    close: async () => zip.close(),
  };
}

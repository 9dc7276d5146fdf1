import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { StrongtiesError } from '../../core/errors.js';

/** One file of an export, in a zip or a folder. */
export interface SourceEntry {
  /** Path inside the archive or folder, with `/` separators. */
  path: string;
  /** Declared (zip) or measured (folder) uncompressed size. */
  bytes: number;
}

/** A zip or a folder, seen the same way by the reader. */
export interface ExportSource {
  readonly name: string;
  readonly entries: readonly SourceEntry[];
  /** The entry's raw bytes, counted against the size limit while they stream. */
  open(entry: SourceEntry): Promise<Readable>;
  /** A text that changes whenever the entry's content does (see RecognisedFile.fingerprint). */
  fingerprint(entry: SourceEntry): Promise<string>;
  close(): Promise<void>;
}

export function tooLarge(name: string, limit: number): StrongtiesError {
  return new StrongtiesError(
    'archive-too-large',
    `${name} holds more than ${limit} bytes once uncompressed (the limit); refusing to read it`,
    { file: name },
  );
}

/**
 * Counts the bytes really produced, because a zip's declared sizes can lie: the stream fails with
 * `archive-too-large` as soon as this entry plus the others' declared sizes pass the limit, and with
 * `invalid-archive` at its end when it held more than it declared.
 */
export function guardSize(
  archive: string,
  entry: SourceEntry,
  declaredTotal: number,
  limit: number,
): Transform {
  const allowed = limit - (declaredTotal - entry.bytes);
  let counted = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      counted += chunk.length;
      if (counted > allowed) callback(tooLarge(archive, limit));
      else callback(null, chunk);
    },
    flush(callback) {
      if (counted > entry.bytes) {
        callback(
          new StrongtiesError(
            'invalid-archive',
            `${archive}: ${entry.path} declares ${entry.bytes} bytes but holds ${counted}; the archive is corrupt`,
            { file: archive },
          ),
        );
      } else callback();
    },
  });
}

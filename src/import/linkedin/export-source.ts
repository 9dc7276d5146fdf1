import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { type Issue, StrongtiesError } from '../../core/errors.js';

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
  /** What the reader should know about the archive itself (e.g. two entries with one name). */
  readonly issues: readonly Issue[];
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

// Node 20.15 has zlib.crc32; before it, the table below computes the same (slower, still streaming).
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
type Crc32 = (data: Buffer, value: number) => number;
const crc32: Crc32 =
  (zlib as unknown as { crc32?: Crc32 }).crc32 ??
  ((data, value) => {
    let c = ~value;
    for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return ~c >>> 0;
  });

const corrupt = (archive: string, detail: string): StrongtiesError =>
  new StrongtiesError(
    'invalid-archive',
    `${archive}: ${detail}; the archive is corrupt, nothing was imported`,
    {
      file: archive,
    },
  );

/**
 * Counts the bytes really produced, because a zip's declared sizes can lie: the stream fails with
 * `archive-too-large` as soon as this entry plus the others' declared sizes pass the limit, and with
 * `invalid-archive` at its end when it held more or fewer bytes than it declared, or (a zip entry,
 * `crc` given) bytes whose CRC-32 is not the declared one: a corrupt archive is refused whole.
 */
export function guardSize(
  archive: string,
  entry: SourceEntry,
  declaredTotal: number,
  limit: number,
  crc?: number,
): Transform {
  const allowed = limit - (declaredTotal - entry.bytes);
  let counted = 0;
  let value = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      counted += chunk.length;
      if (crc !== undefined) value = crc32(chunk, value);
      if (counted > allowed) callback(tooLarge(archive, limit));
      else callback(null, chunk);
    },
    flush(callback) {
      if (counted !== entry.bytes) {
        callback(corrupt(archive, `${entry.path} declares ${entry.bytes} bytes but holds ${counted}`));
      } else if (crc !== undefined && value !== crc) {
        callback(corrupt(archive, `${entry.path} fails its CRC-32 check`));
      } else callback();
    },
  });
}

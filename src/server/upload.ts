import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { StrongtiesError } from '../core/errors.js';

export interface Upload {
  readonly path: string;
  readonly bytes: number;
  /** Deletes the temporary file and its folder. */
  discard(): Promise<void>;
}

/**
 * Streams a request body to a private temporary file, never holding it in memory, and stops as soon
 * as it exceeds `maxBytes` (the `Content-Length` may lie or be absent).
 */
export async function saveUpload(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Upload> {
  if (!body) throw new StrongtiesError('invalid-input', 'the upload is empty');
  const dir = await mkdtemp(join(tmpdir(), 'strongties-upload-'));
  const path = join(dir, 'export.zip');
  const discard = () => rm(dir, { recursive: true, force: true });
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        callback(
          new StrongtiesError('archive-too-large', `the upload exceeds ${Math.round(maxBytes / 2 ** 20)} MB`),
        );
      } else callback(null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(body as WebReadableStream<Uint8Array>),
      limit,
      createWriteStream(path, { mode: 0o600 }),
    );
  } catch (error) {
    await discard();
    throw error;
  }
  if (bytes === 0) {
    await discard();
    throw new StrongtiesError('invalid-input', 'the upload is empty');
  }
  return { path, bytes, discard };
}

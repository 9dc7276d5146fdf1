import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';

export const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'strongties-readers-'));

/** A real zip, built with yazl, as bytes. */
export function zipBytes(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [path, content] of Object.entries(files)) {
    zip.addBuffer(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, path);
  }
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

export async function writeZipFile(
  dir: string,
  name: string,
  files: Record<string, string | Buffer>,
): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, await zipBytes(files));
  return path;
}

/** Rewrites every central-directory entry's declared uncompressed size: a zip whose sizes lie. */
export function lieAboutSizes(zip: Buffer, declared: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = out.indexOf(0x02014b50 & 0xff); i >= 0 && i < out.length - 4; i++) {
    if (out.readUInt32LE(i) === 0x02014b50) out.writeUInt32LE(declared, i + 24);
  }
  return out;
}

/** Replaces a same-length name in the zip's headers, to forge names yazl refuses to write. */
export function renameEntry(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('names must have the same length');
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  for (let i = out.indexOf(needle); i >= 0; i = out.indexOf(needle, i + 1)) out.write(to, i);
  return out;
}

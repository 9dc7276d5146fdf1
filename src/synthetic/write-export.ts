import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import yazl from 'yazl';
import type { GeneratedFile } from './generate-export.js';

/** Writes the files into a zip, as LinkedIn delivers them. */
export function writeZip(files: readonly GeneratedFile[], path: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const file of files) {
    const content = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    zip.addBuffer(content, file.path, { mtime: new Date(Date.UTC(2026, 10, 24)) });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('close', resolve);
    out.on('error', reject);
    zip.outputStream.on('error', reject).pipe(out);
  });
}

/** Writes the files into a folder, as a user who unpacked the zip has them. */
export async function writeFolder(files: readonly GeneratedFile[], dir: string): Promise<void> {
  for (const file of files) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}

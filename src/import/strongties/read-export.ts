import { open, readFile } from 'node:fs/promises';
import { StrongtiesError } from '../../core/errors.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument, exportDocumentSchema } from './export-format.js';

/** True when the file starts like a Strongties export (the header is written first). */
export async function isStrongtiesExport(path: string): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').includes(`"format":"${EXPORT_FORMAT}"`);
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/** Reads and validates a Strongties export; a problem is one located error, never a stack trace. */
export async function readStrongtiesExport(path: string): Promise<ExportDocument> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new StrongtiesError('invalid-input', `not a readable Strongties export: ${String(error)}`, {
      cause: error,
      file: path,
    });
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    throw new StrongtiesError(
      'invalid-input',
      `this export is format version ${version}; this Strongties reads version ${EXPORT_VERSION}: update Strongties`,
      { file: path },
    );
  }
  const parsed = exportDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StrongtiesError('invalid-input', `not a valid Strongties export: ${issue?.message ?? ''}`, {
      file: path,
      field: issue?.path.join('.') ?? '',
    });
  }
  return parsed.data;
}

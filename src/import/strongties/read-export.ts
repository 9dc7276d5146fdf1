import { open, readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { StrongtiesError } from '../../core/errors.js';
import { snakeKeys } from '../../core/json-keys.js';
import type { ExportSource } from '../linkedin/export-source.js';
import { openZipSource } from '../linkedin/zip-source.js';
import {
  CSV_EXPORT_FORMAT,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  exportDocumentSchema,
} from './export-format.js';

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

/** True when the zip is a Strongties CSV export (its manifest says so): made for spreadsheets only. */
export async function isStrongtiesCsvExport(path: string): Promise<boolean> {
  let source: ExportSource | undefined;
  try {
    source = await openZipSource(path, 1_000_000_000);
    const manifest = source.entries.find((e) => e.path === 'manifest.json');
    if (!manifest || manifest.bytes > 1_000_000) return false;
    let text = '';
    for await (const chunk of await source.open(manifest)) text += String(chunk);
    return (JSON.parse(text) as { format?: unknown }).format === CSV_EXPORT_FORMAT;
  } catch {
    return false;
  } finally {
    await source?.close();
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
  return asColumns(parsed.data);
}

/** Version 2's camelCase fields back to the database's column names, so the restore reads one shape. */
function asColumns(doc: z.infer<typeof exportDocumentSchema>): ExportDocument {
  if (doc.version === 1) return doc;
  return {
    ...doc,
    account: snakeKeys(doc.account),
    tables: Object.fromEntries(Object.entries(doc.tables).map(([name, rows]) => [name, rows.map(snakeKeys)])),
  };
}

import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { StrongtiesError } from '../core/errors.js';
import { isStrongtiesCsvExport, isStrongtiesExport } from './strongties/read-export.js';

/** What `ties import PATH` was given, by its form (a LinkedIn export is a zip or a folder). */
export type ImportKind =
  | 'linkedin'
  | 'strongties'
  | 'strongties-csv'
  | 'invitations-csv'
  | 'invitations-json';

export async function detectImport(path: string): Promise<ImportKind> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || info.isDirectory()) return 'linkedin';
  // Opening a FIFO waits for a writer forever; a device or socket is no export either.
  if (!info.isFile()) {
    throw new StrongtiesError(
      'invalid-input',
      `${basename(path)} is not a regular file or a folder (a pipe, device or socket); refusing it`,
      { file: path },
    );
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'invitations-csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'invitations-json';
  if (ext === '.json') return (await isStrongtiesExport(path)) ? 'strongties' : 'invitations-json';
  if (ext === '.zip' && (await isStrongtiesCsvExport(path))) return 'strongties-csv';
  return 'linkedin';
}

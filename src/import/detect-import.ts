import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { isStrongtiesExport } from './strongties/read-export.js';

/** What `ties import PATH` was given, by its form (a LinkedIn export is a zip or a folder). */
export type ImportKind = 'linkedin' | 'strongties' | 'invitations-csv' | 'invitations-json';

export async function detectImport(path: string): Promise<ImportKind> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || info.isDirectory()) return 'linkedin';
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'invitations-csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'invitations-json';
  if (ext === '.json') return (await isStrongtiesExport(path)) ? 'strongties' : 'invitations-json';
  return 'linkedin';
}

import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
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
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'invitations-csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'invitations-json';
  if (ext === '.json') return (await isStrongtiesExport(path)) ? 'strongties' : 'invitations-json';
  if (ext === '.zip' && (await isStrongtiesCsvExport(path))) return 'strongties-csv';
  return 'linkedin';
}

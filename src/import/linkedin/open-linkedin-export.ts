import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Issue, StrongtiesError } from '../../core/errors.js';
import type { LinkedinFileKind } from '../../core/linkedin-records.js';
import type { ExportReader, RecognisedFile, RecordBatch, RecordOfKind } from '../export-reader.js';
import { readHeadRows, streamCsvRows } from './csv-rows.js';
import type { ExportSource, SourceEntry } from './export-source.js';
import { isAssistantLog, kindOfName, matchHeader } from './file-kinds.js';
import { openFolderSource } from './folder-source.js';
import { ROW_MAPPERS } from './map-records.js';
import { columnIndex, RowView } from './row-view.js';
import { openZipSource } from './zip-source.js';

export interface OpenLinkedinExportOptions {
  /** Refuse archives whose files add up to more than this once uncompressed (zip bombs). */
  maxUncompressedBytes: number;
}

// The Connections preamble is three lines; a header further down than this is not a LinkedIn file.
const HEADER_SEARCH_ROWS = 12;
const DEFAULT_BATCH = 1000;

interface FoundFile extends RecognisedFile {
  header: string[];
  headerLine: number;
}

async function openSource(path: string, limit: number): Promise<ExportSource> {
  const info = await stat(path).catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') {
      throw new StrongtiesError('not-found', `${path} does not exist`, { cause, file: path });
    }
    throw new StrongtiesError('invalid-archive', `${basename(path)} cannot be read (${cause.code})`, {
      cause,
      file: path,
    });
  });
  if (info.isDirectory()) return openFolderSource(path, limit);
  if (info.isFile()) return openZipSource(path, limit);
  throw new StrongtiesError('invalid-archive', `${basename(path)} is neither a zip archive nor a folder`, {
    file: path,
  });
}

/** Reads the start of one entry and decides what it is: a LinkedIn file, a skipped file, or an issue. */
async function recognise(
  source: ExportSource,
  entry: SourceEntry,
): Promise<{ found?: FoundFile; issue?: Issue }> {
  if (!/\.csv$/i.test(entry.path) || isAssistantLog(entry.path)) return {};
  const rows = await readHeadRows(await source.open(entry), entry.path, HEADER_SEARCH_ROWS);
  for (const row of rows) {
    const match = matchHeader(row.fields, entry.path);
    if (match === undefined) continue;
    if (match.missing.length > 0) {
      const field = match.missing[0]!;
      return {
        issue: {
          code: 'missing-column',
          file: entry.path,
          line: row.line,
          field,
          message: `${entry.path} line ${row.line}: required column "${field}" is missing; the file is skipped`,
        },
      };
    }
    const header = row.fields.map((f) => f.replace(/^\uFEFF/, ''));
    return {
      found: { kind: match.kind, path: entry.path, bytes: entry.bytes, header, headerLine: row.line },
    };
  }
  const claimed = kindOfName(entry.path);
  if (claimed === undefined) return {};
  return {
    issue: {
      code: 'unrecognised-header',
      file: entry.path,
      line: 1,
      message: `${entry.path}: named like a LinkedIn ${claimed} file but its header is not one; the file is skipped`,
    },
  };
}

/**
 * Opens a LinkedIn data export (a zip, never extracted to disk, or an unpacked folder) and recognises
 * its files by header. Throws `StrongtiesError` for what stops the import: `not-found`,
 * `invalid-archive`, `unsafe-archive`, `archive-too-large`, `no-linkedin-files`. Row problems are
 * issues in the batches; reading may still throw `archive-too-large` or `invalid-archive` when the
 * bytes streamed contradict the declared sizes.
 */
export async function openLinkedinExport(
  path: string,
  options: OpenLinkedinExportOptions,
): Promise<ExportReader> {
  const source = await openSource(path, options.maxUncompressedBytes);
  const found: FoundFile[] = [];
  const skippedFiles: string[] = [];
  const issues: Issue[] = [];
  try {
    for (const entry of source.entries) {
      const { found: file, issue } = await recognise(source, entry);
      if (file !== undefined) found.push(file);
      else skippedFiles.push(entry.path);
      if (issue !== undefined) issues.push(issue);
    }
  } catch (error) {
    await source.close();
    throw error;
  }
  if (found.length === 0) {
    await source.close();
    const detail = issues.length > 0 ? `: ${issues[0]!.message}` : '';
    throw new StrongtiesError('no-linkedin-files', `${source.name} holds no LinkedIn export file${detail}`, {
      file: source.name,
    });
  }
  const recognised: RecognisedFile[] = [];
  try {
    for (const { kind, path: p, bytes } of found) {
      recognised.push({ kind, path: p, bytes, fingerprint: await source.fingerprint({ path: p, bytes }) });
    }
  } catch (cause) {
    await source.close();
    throw new StrongtiesError('invalid-archive', `${source.name}: a file cannot be read`, {
      cause,
      file: source.name,
    });
  }
  return {
    name: source.name,
    recognised,
    skippedFiles,
    issues,
    totalBytes: recognised.reduce((sum, f) => sum + f.bytes, 0),
    has: (kind) => found.some((f) => f.kind === kind),
    read: (kind, readOptions = {}) => readKind(source, found, kind, readOptions),
    close: () => source.close(),
  };
}

async function* readKind<K extends LinkedinFileKind>(
  source: ExportSource,
  found: readonly FoundFile[],
  kind: K,
  options: { batchSize?: number; onProgress?: (bytesRead: number) => void },
): AsyncGenerator<RecordBatch<K>> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const map = ROW_MAPPERS[kind];
  for (const file of found.filter((f) => f.kind === kind)) {
    const columns = columnIndex(file.header);
    const stream = await source.open({ path: file.path, bytes: file.bytes });
    for await (const batch of streamCsvRows(stream, file.path, batchSize, options.onProgress)) {
      const records: RecordOfKind[K][] = [];
      const issues = batch.issues;
      for (const row of batch.rows) {
        if (row.line <= file.headerLine) continue;
        if (row.fields.length < file.header.length) {
          issues.push({
            code: 'too-few-fields',
            file: file.path,
            line: row.line,
            message: `${file.path} line ${row.line}: ${row.fields.length} fields where the header has ${file.header.length}; row skipped`,
          });
          continue;
        }
        const record = map(new RowView(columns, row.fields, file.path, row.line, issues));
        if (record !== undefined) records.push(record);
      }
      if (records.length > 0 || issues.length > 0) yield { records, issues };
    }
  }
}

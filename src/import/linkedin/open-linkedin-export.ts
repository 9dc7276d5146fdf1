import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Issue, StrongtiesError } from '../../core/errors.js';
import type { LinkedinFileKind } from '../../core/linkedin-records.js';
import type { ExportReader, RecognisedFile, RecordBatch, RecordOfKind } from '../export-reader.js';
import { type CsvFormat, type CsvRow, headRows, readHead, streamCsvRows } from './csv-rows.js';
import { decodeHead, sniffEncoding } from './decode-text.js';
import type { ExportSource, SourceEntry } from './export-source.js';
import { type HeaderMatch, isAssistantLog, kindOfName, matchHeader } from './file-kinds.js';
import { openFolderSource } from './folder-source.js';
import { ROW_MAPPERS } from './map-records.js';
import { columnIndex, RowView } from './row-view.js';
import { openZipSource } from './zip-source.js';

export interface OpenLinkedinExportOptions {
  /** Refuse archives whose files add up to more than this once uncompressed (zip bombs). */
  maxUncompressedBytes: number;
  /** Cut fields longer than this many characters while reading (`field-truncated`). */
  maxFieldChars?: number;
}

/** Far above LinkedIn's own maxima (a message is 8,000 characters, its HTML a few times that). */
const DEFAULT_MAX_FIELD_CHARS = 100_000;

// The Connections preamble is three lines; a header further down than this is not a LinkedIn file.
const HEADER_SEARCH_ROWS = 12;
const DEFAULT_BATCH = 1000;

interface FoundFile extends Omit<RecognisedFile, 'encoding'>, CsvFormat {
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

// Excel re-saves write `;` (European locales) or tabs (UTF-16 "Unicode text"). Never guessed from
// data: a headline holding `|` three times once made papaparse read a profile split on `|`.
const DELIMITERS = [',', ';', '\t'] as const;

interface HeaderFound {
  match: HeaderMatch;
  row: CsvRow;
  delimiter: string;
}

/** The header row and its delimiter: the reading whose row fits a kind best, complete first. */
function findHeader(text: string, path: string): HeaderFound | undefined {
  let best: HeaderFound | undefined;
  const rank = (f: HeaderFound): number => (f.match.missing.length === 0 ? 1000 : 0) + f.match.score;
  for (const delimiter of DELIMITERS) {
    for (const row of headRows(text, path, delimiter, HEADER_SEARCH_ROWS)) {
      const match = matchHeader(row.fields, path);
      if (match === undefined) continue;
      const found = { match, row, delimiter };
      if (best === undefined || rank(found) > rank(best)) best = found;
      break;
    }
  }
  return best;
}

/** Reads the start of one entry and decides what it is: a LinkedIn file, a skipped file, or an issue. */
async function recognise(
  source: ExportSource,
  entry: SourceEntry,
): Promise<{ found?: FoundFile; issue?: Issue }> {
  if (!/\.csv$/i.test(entry.path) || isAssistantLog(entry.path)) return {};
  const { head } = await readHead(await source.open(entry));
  const encoding = sniffEncoding(head);
  const header = findHeader(decodeHead(head, encoding), entry.path);
  const claimed = kindOfName(entry.path);
  if (header !== undefined && header.match.missing.length === 0) {
    const { match, row, delimiter } = header;
    return {
      found: {
        kind: match.kind,
        path: entry.path,
        bytes: entry.bytes,
        encoding,
        delimiter,
        header: row.fields,
        headerLine: row.line,
      },
    };
  }
  // A file that is not one of ours (contacts, endorsements given, projects…) is only "not imported":
  // a missing column is reported for a file LinkedIn names like one of the kinds we read.
  if (claimed === undefined) return {};
  if (header !== undefined && header.match.kind === claimed) {
    const { row } = header;
    const field = header.match.missing[0]!;
    return {
      issue: {
        code: 'missing-column',
        file: entry.path,
        line: row.line,
        field,
        message: `${entry.path} line ${row.line}: required column "${field}" is missing; the file is skipped`,
        skips: 'file',
      },
    };
  }
  return {
    issue: {
      code: 'unrecognised-header',
      file: entry.path,
      line: 1,
      message: `${entry.path}: named like a LinkedIn ${claimed} file but its header is not one; the file is skipped`,
      skips: 'file',
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
  const issues: Issue[] = [...source.issues];
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
    for (const { kind, path: p, bytes, encoding, delimiter } of found) {
      const fingerprint = await source.fingerprint({ path: p, bytes });
      recognised.push({ kind, path: p, bytes, encoding, delimiter, fingerprint });
    }
  } catch (cause) {
    await source.close();
    throw new StrongtiesError('invalid-archive', `${source.name}: a file cannot be read`, {
      cause,
      file: source.name,
    });
  }
  const maxFieldChars = options.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS;
  return {
    name: source.name,
    recognised,
    skippedFiles,
    issues,
    totalBytes: recognised.reduce((sum, f) => sum + f.bytes, 0),
    has: (kind) => found.some((f) => f.kind === kind),
    read: (kind, readOptions = {}) => readKind(source, found, kind, { ...readOptions, maxFieldChars }),
    close: () => source.close(),
  };
}

/** Fields a row must have: up to the header's last named column (Excel pads headers with empty ones). */
function needed(header: readonly string[]): number {
  let last = header.length;
  while (last > 0 && header[last - 1]!.trim() === '') last--;
  return last;
}

async function* readKind<K extends LinkedinFileKind>(
  source: ExportSource,
  found: readonly FoundFile[],
  kind: K,
  options: { batchSize?: number; onProgress?: (bytesRead: number) => void; maxFieldChars: number },
): AsyncGenerator<RecordBatch<K>> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const map = ROW_MAPPERS[kind];
  for (const file of found.filter((f) => f.kind === kind)) {
    // The header as streamed, whole: the head read for recognition may end inside a very wide one.
    let header = file.header;
    let columns = columnIndex(header);
    const stream = await source.open({ path: file.path, bytes: file.bytes });
    const rows = streamCsvRows(stream, file.path, {
      format: file,
      batchSize,
      maxFieldChars: options.maxFieldChars,
      columns: header,
      ...(options.onProgress ? { onBytes: options.onProgress } : {}),
    });
    for await (const batch of rows) {
      const records: RecordOfKind[K][] = [];
      const issues = batch.issues;
      for (const row of batch.rows) {
        if (row.line < file.headerLine) continue;
        if (row.line === file.headerLine) {
          header = row.fields;
          columns = columnIndex(header);
          continue;
        }
        if (row.fields.length < needed(header)) {
          issues.push({
            code: 'too-few-fields',
            file: file.path,
            line: row.line,
            message: `${file.path} line ${row.line}: ${row.fields.length} fields where the header has ${needed(header)}; row skipped`,
            skips: 'row',
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

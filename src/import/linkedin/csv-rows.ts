import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import type { Issue } from '../../core/errors.js';

/** One CSV record with the physical line (1-based) where it starts. */
export interface CsvRow {
  fields: string[];
  line: number;
}

export interface CsvBatch {
  rows: CsvRow[];
  /** `bad-quoting` and `invalid-utf8`: problems seen while splitting the text into rows. */
  issues: Issue[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Physical lines a record spans: one, plus the line breaks inside its quoted fields. */
function linesSpanned(fields: readonly string[]): number {
  let lines = 1;
  for (const field of fields) {
    if (field.includes('\n') || field.includes('\r')) lines += field.match(LINE_BREAK)?.length ?? 0;
  }
  return lines;
}

/**
 * Turns raw CSV rows into numbered rows and issues, counting lines as it goes. Shared by the streaming
 * reader and the header sniffer so both agree on line numbers.
 */
export class RowNumberer {
  private line = 1;
  constructor(private readonly file: string) {}

  accept(data: string[][], errors: readonly Papa.ParseError[], into: CsvBatch): void {
    const badRows = new Set<number>();
    for (const error of errors)
      if (error.type === 'Quotes' && error.row !== undefined) badRows.add(error.row);
    data.forEach((fields, index) => {
      // A file mixing LF and CRLF (a preamble, then rows) leaves a CR on the last field when papaparse
      // guessed LF: it ends the row, it is not a line of its own.
      const last = fields.length - 1;
      if (fields[last]?.endsWith('\r')) fields[last] = fields[last]!.slice(0, -1);
      const line = this.line;
      this.line += linesSpanned(fields);
      if (badRows.has(index)) {
        into.issues.push({
          code: 'bad-quoting',
          file: this.file,
          line,
          message: `${this.file} line ${line}: broken quoting; the row may hold the following lines`,
        });
      }
      // Blank lines (papaparse yields one empty field) are counted, never returned.
      if (fields.length === 1 && fields[0] === '') return;
      if (fields.some((f) => f.includes('\uFFFD'))) {
        into.issues.push({
          code: 'invalid-utf8',
          file: this.file,
          line,
          message: `${this.file} line ${line}: invalid UTF-8, replaced by \uFFFD`,
        });
      }
      into.rows.push({ fields, line });
    });
  }
}

/**
 * Bytes to text: invalid sequences become U+FFFD (reported per row) and a leading BOM is dropped.
 * Emits strings in object mode so a character is never split between chunks.
 */
export function decodeUtf8(): Transform {
  const decoder = new TextDecoder('utf-8');
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, callback) {
      const text = decoder.decode(chunk, { stream: true });
      callback(null, text === '' ? undefined : text);
    },
    flush(callback) {
      const text = decoder.decode();
      callback(null, text === '' ? undefined : text);
    },
  });
}

/**
 * Streams a CSV file as batches of numbered rows. Papaparse parses one input chunk at a time; when
 * a batch is full the parser and the byte stream pause until the consumer asks for the next batch,
 * so memory holds about one batch whatever the file's size.
 */
export async function* streamCsvRows(
  bytes: Readable,
  file: string,
  batchSize: number,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<CsvBatch> {
  let bytesRead = 0;
  if (onBytes !== undefined) {
    bytes.on('data', (chunk: Buffer) => {
      bytesRead += chunk.length;
      onBytes(bytesRead);
    });
  }
  const text = bytes.pipe(decodeUtf8());
  bytes.on('error', (error) => text.destroy(error));
  const numberer = new RowNumberer(file);
  let pending: CsvBatch = { rows: [], issues: [] };
  let parser: Papa.Parser | undefined;
  let paused = false;
  let finished = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  Papa.parse<string[]>(text as unknown as Papa.LocalFile, {
    header: false,
    skipEmptyLines: false,
    chunk: (results, handle) => {
      parser = handle;
      numberer.accept(results.data, results.errors, pending);
      if (pending.rows.length >= batchSize) {
        handle.pause();
        text.pause();
        paused = true;
        signal();
      }
    },
    complete: () => {
      finished = true;
      signal();
    },
    error: (error: unknown) => {
      failure = error;
      signal();
    },
  });
  try {
    while (true) {
      if (pending.rows.length < batchSize && !finished && failure === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      if (failure !== undefined) throw failure;
      const batch = pending;
      pending = { rows: [], issues: [] };
      for (let start = 0; start < batch.rows.length || start === 0; start += batchSize) {
        const rows = batch.rows.slice(start, start + batchSize);
        const issues = start === 0 ? batch.issues : [];
        if (rows.length > 0 || issues.length > 0) yield { rows, issues };
      }
      if (finished) return;
      if (paused && parser !== undefined) {
        paused = false;
        text.resume();
        parser.resume();
      }
    }
  } finally {
    text.destroy();
    bytes.destroy();
  }
}

/** The first rows of a file, for recognition: reads at most `maxBytes`, then stops the stream. */
export async function readHeadRows(bytes: Readable, file: string, maxRows: number): Promise<CsvRow[]> {
  const HEAD_BYTES = 64 * 1024;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= HEAD_BYTES) break;
    }
  } finally {
    bytes.destroy();
  }
  const head = new TextDecoder('utf-8').decode(Buffer.concat(chunks).subarray(0, HEAD_BYTES));
  const parsed = Papa.parse<string[]>(head, { header: false, skipEmptyLines: false, preview: maxRows });
  const batch: CsvBatch = { rows: [], issues: [] };
  new RowNumberer(file).accept(parsed.data, [], batch);
  return batch.rows;
}

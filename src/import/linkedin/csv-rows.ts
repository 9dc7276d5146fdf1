import type { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { Issue } from '../../core/errors.js';
import { CUT_MARK, capFields } from './cap-fields.js';
import { decodeText, INVALID_BYTES, showInvalidBytes, type TextEncoding } from './decode-text.js';

/** One CSV record with the physical line (1-based) where it starts. */
export interface CsvRow {
  fields: string[];
  line: number;
}

export interface CsvBatch {
  rows: CsvRow[];
  /** `bad-quoting`, `invalid-utf8`, `field-truncated`: problems seen while splitting text into rows. */
  issues: Issue[];
}

/** How a recognised file is read: decided from its first bytes and its header, never from its data. */
export interface CsvFormat {
  encoding: TextEncoding;
  delimiter: string;
}

/** Set when a decoder or the field cap wrote a mark into the text, so rows are searched for marks. */
export interface TextMarks {
  seen: boolean;
}

/** Physical lines a record spans: one, plus the line breaks inside its quoted fields (all LF here). */
function linesSpanned(fields: readonly string[]): number {
  let lines = 1;
  for (const field of fields) {
    if (field.includes('\n')) lines += field.split('\n').length - 1;
  }
  return lines;
}

/**
 * Turns raw CSV rows into numbered rows and issues, counting lines as it goes. Shared by the streaming
 * reader and the header sniffer so both agree on line numbers.
 */
export class RowNumberer {
  private line = 1;
  constructor(
    private readonly file: string,
    private readonly marks: TextMarks,
    private readonly columns: readonly string[] = [],
    private readonly maxFieldChars = 0,
  ) {}

  accept(data: string[][], errors: readonly Papa.ParseError[], into: CsvBatch): void {
    const badRows = new Set<number>();
    for (const error of errors)
      if (error.type === 'Quotes' && error.row !== undefined) badRows.add(error.row);
    data.forEach((fields, index) => {
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
      if (this.marks.seen) this.findMarks(fields, line, into.issues);
      into.rows.push({ fields, line });
    });
  }

  private findMarks(fields: string[], line: number, issues: Issue[]): void {
    let invalid = false;
    fields.forEach((field, i) => {
      let text = field;
      if (text.includes(INVALID_BYTES)) {
        invalid = true;
        text = showInvalidBytes(text);
      }
      if (text.includes(CUT_MARK)) {
        text = text.replaceAll(CUT_MARK, '');
        const column = this.columns[i] ?? `#${i + 1}`;
        issues.push({
          code: 'field-truncated',
          file: this.file,
          line,
          field: column,
          message: `${this.file} line ${line}: column "${column}" is longer than ${this.maxFieldChars} characters (the limit); the rest was cut`,
        });
      }
      fields[i] = text;
    });
    if (invalid) {
      issues.push({
        code: 'invalid-utf8',
        file: this.file,
        line,
        message: `${this.file} line ${line}: invalid UTF-8, replaced by \uFFFD`,
      });
    }
  }
}

export interface StreamCsvOptions {
  format: CsvFormat;
  batchSize: number;
  /** Fields longer than this many characters are cut while streaming (`field-truncated`). */
  maxFieldChars: number;
  /** Column names, to name a cut field. */
  columns?: readonly string[];
  onBytes?: (bytesRead: number) => void;
}

/**
 * Streams a CSV file as batches of numbered rows. Papaparse parses one input chunk at a time; when
 * a batch is full the parser and the byte stream pause until the consumer asks for the next batch,
 * so memory holds about one batch whatever the file's size.
 */
export async function* streamCsvRows(
  bytes: Readable,
  file: string,
  options: StreamCsvOptions,
): AsyncGenerator<CsvBatch> {
  const { batchSize, onBytes, format } = options;
  let bytesRead = 0;
  if (onBytes !== undefined) {
    bytes.on('data', (chunk: Buffer) => {
      bytesRead += chunk.length;
      onBytes(bytesRead);
    });
  }
  const marks: TextMarks = { seen: false };
  const decoded = bytes.pipe(decodeText(format.encoding, marks));
  const text = decoded.pipe(capFields(options.maxFieldChars, format.delimiter, marks));
  bytes.on('error', (error) => text.destroy(error));
  decoded.on('error', (error) => text.destroy(error));
  const numberer = new RowNumberer(file, marks, options.columns, options.maxFieldChars);
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
  // Papaparse reports a stream's error through `error` only for files; listen to the stream itself.
  text.on('error', (error) => {
    failure ??= error;
    signal();
  });
  Papa.parse<string[]>(text as unknown as Papa.LocalFile, {
    header: false,
    skipEmptyLines: false,
    delimiter: format.delimiter,
    newline: '\n',
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
      failure ??= error;
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
      if (finished) {
        // A stream that failed as it ended (a bad CRC is only known at the end) fails the file.
        if (failure !== undefined) throw failure;
        return;
      }
      if (paused && parser !== undefined) {
        paused = false;
        text.resume();
        parser.resume();
      }
    }
  } finally {
    text.destroy();
    decoded.destroy();
    bytes.destroy();
  }
}

const HEAD_BYTES = 64 * 1024;

/** The first bytes of a file, for recognition: reads at most 64 KiB, then stops the stream. */
export async function readHead(bytes: Readable): Promise<{ head: Buffer; whole: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let whole = true;
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= HEAD_BYTES) {
        whole = false;
        break;
      }
    }
  } finally {
    bytes.destroy();
  }
  return { head: Buffer.concat(chunks).subarray(0, HEAD_BYTES), whole };
}

/** The first rows of a decoded head, split with `delimiter`, numbered like the streamed rows. */
export function headRows(text: string, file: string, delimiter: string, maxRows: number): CsvRow[] {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    preview: maxRows,
    delimiter,
    newline: '\n',
  });
  const batch: CsvBatch = { rows: [], issues: [] };
  new RowNumberer(file, { seen: true }).accept(parsed.data, [], batch);
  return batch.rows;
}

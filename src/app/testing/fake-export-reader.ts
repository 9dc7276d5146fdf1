import type { Issue } from '../../core/errors.js';
import { LINKEDIN_FILE_KINDS, type LinkedinFileKind } from '../../core/linkedin-records.js';
import type { ExportReader, RecognisedFile, RecordBatch, RecordOfKind } from '../../import/export-reader.js';

export type ExportRecords = { [K in LinkedinFileKind]?: RecordOfKind[K][] };

export interface FakeExportOptions {
  name?: string;
  skippedFiles?: string[];
  /** Problems "found while opening". */
  issues?: Issue[];
  /** Problems attached to the first batch of a kind, as a reader reports bad rows. */
  rowIssues?: { [K in LinkedinFileKind]?: Issue[] };
  /** Records per batch when the consumer does not ask. */
  batchSize?: number;
}

/**
 * An ExportReader over arrays of records, for tests, benchmarks and demos: the merge sees exactly what
 * a real reader yields (batches, issues, progress) without CSV or zip files. Each record counts 100 bytes.
 */
export class ArrayExportReader implements ExportReader {
  readonly name: string;
  readonly recognised: readonly RecognisedFile[];
  readonly skippedFiles: readonly string[];
  readonly issues: readonly Issue[];
  readonly totalBytes: number;

  constructor(
    private readonly records: ExportRecords,
    private readonly options: FakeExportOptions = {},
  ) {
    this.name = options.name ?? 'Basic_LinkedInDataExport_test.zip';
    this.recognised = LINKEDIN_FILE_KINDS.filter((k) => records[k] !== undefined).map((kind) => ({
      kind,
      path: `${kind}.csv`,
      bytes: (records[kind]?.length ?? 0) * 100,
      encoding: 'utf-8',
      delimiter: ',',
    }));
    this.skippedFiles = options.skippedFiles ?? [];
    this.issues = options.issues ?? [];
    this.totalBytes = this.recognised.reduce((sum, f) => sum + f.bytes, 0);
  }

  has(kind: LinkedinFileKind): boolean {
    return this.records[kind] !== undefined;
  }

  async *read<K extends LinkedinFileKind>(
    kind: K,
    options: { batchSize?: number; onProgress?: (bytesRead: number) => void } = {},
  ): AsyncIterable<RecordBatch<K>> {
    const all = (this.records[kind] ?? []) as RecordOfKind[K][];
    const size = options.batchSize ?? this.options.batchSize ?? 1000;
    const rowIssues = this.options.rowIssues?.[kind] ?? [];
    for (let start = 0; start < all.length || (start === 0 && rowIssues.length > 0); start += size) {
      const records = all.slice(start, start + size);
      yield { records, issues: start === 0 ? rowIssues : [] };
      options.onProgress?.((start + records.length) * 100);
    }
  }

  async close(): Promise<void> {}
}

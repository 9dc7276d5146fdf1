import type { Transaction } from 'kysely';
import type { TextReader } from '../core/classify/types.js';
import { type Issue, StrongtiesError } from '../core/errors.js';
import type { LinkedinFileKind } from '../core/linkedin-records.js';
import type { Policy } from '../core/policy/index.js';
import type { ExportReader, RecordOfKind } from '../import/export-reader.js';
import type { DialectName } from '../store/dialect.js';
import type { Database } from '../store/schema.js';
import { PeopleIndex } from './people-index.js';

const BATCH = 1000;

export interface ImportOptions {
  ownerId: number;
  /** Refuse the whole import when the reader reports any issue. */
  strict?: boolean;
  /**
   * Bytes of the recognised files read so far, and their total; `step` says what is being read (the
   * kind of file, its rows so far), so a page can say "Reading messages: 12,000 rows".
   */
  onProgress?: (done: number, total: number, step?: ImportStep) => void;
  /** Given: messages from people declined or asked are read as their replies (triage/replies.ts). */
  replies?: { policy: Policy; reader: TextReader; now?: Date } | undefined;
  /** Given: incoming invitations without a label are labelled after the merge (label-invitations.ts). */
  labels?: { reader: Pick<TextReader, 'classifyInvitation'> } | undefined;
  /**
   * Aborted: the import stops at the next batch and its transaction rolls back (the page's Cancel,
   * SIGTERM). It throws the signal's reason: give a `StrongtiesError('interrupted', …)`.
   */
  signal?: AbortSignal;
}

/** The file being read during an import and how many of its rows were read. */
export interface ImportStep {
  kind: LinkedinFileKind;
  rows: number;
}

/** What every merge step shares during one import, inside its one transaction. */
export class ImportContext {
  readonly issues: Issue[] = [];
  readonly people: PeopleIndex;
  readonly now = new Date().toISOString();
  readonly today = this.now.slice(0, 10);
  #bytesDone = 0;

  constructor(
    readonly trx: Transaction<Database>,
    readonly dialect: DialectName,
    readonly reader: ExportReader,
    readonly importId: number,
    readonly options: ImportOptions,
  ) {
    this.people = new PeopleIndex(this);
  }

  get ownerId(): number {
    return this.options.ownerId;
  }

  /** Streams one kind's records in batches to `handle`, collecting (or, strict, refusing) issues. */
  async each<K extends LinkedinFileKind>(
    kind: K,
    handle: (records: RecordOfKind[K][]) => Promise<void>,
  ): Promise<void> {
    const kindBytes = this.reader.recognised
      .filter((f) => f.kind === kind)
      .reduce((sum, f) => sum + f.bytes, 0);
    const { onProgress } = this.options;
    let rows = 0;
    let read = 0;
    const report = () =>
      onProgress?.(this.#bytesDone + Math.min(read, kindBytes), this.reader.totalBytes, { kind, rows });
    const progress = onProgress
      ? (bytes: number) => {
          read = bytes;
          report();
        }
      : undefined;
    for await (const batch of this.reader.read(kind, {
      batchSize: BATCH,
      ...(progress ? { onProgress: progress } : {}),
    })) {
      this.options.signal?.throwIfAborted();
      for (const issue of batch.issues) this.addIssue(issue);
      if (batch.records.length > 0) await handle(batch.records);
      rows += batch.records.length;
      report();
    }
    this.#bytesDone += kindBytes;
    onProgress?.(this.#bytesDone, this.reader.totalBytes, { kind, rows });
  }

  /** A kind not read (unchanged since the last import): its bytes count as done for progress. */
  skip<T>(kind: LinkedinFileKind, result: T): T {
    for (const f of this.reader.recognised) if (f.kind === kind) this.#bytesDone += f.bytes;
    this.options.onProgress?.(this.#bytesDone, this.reader.totalBytes);
    return result;
  }

  addIssue(issue: Issue): void {
    if (this.options.strict) throw strictRefusal(issue);
    this.issues.push(issue);
  }
}

export function strictRefusal(issue: Issue): StrongtiesError {
  return new StrongtiesError('invalid-input', `import refused (strict): ${issue.message} [${issue.code}]`, {
    file: issue.file,
    line: issue.line,
    ...(issue.field === undefined ? {} : { field: issue.field }),
  });
}

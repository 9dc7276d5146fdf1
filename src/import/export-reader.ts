import type { Issue } from '../core/errors.js';
import type {
  ConnectionRecord,
  EndorsementRecord,
  InvitationRecord,
  LinkedinFileKind,
  MessageRecord,
  PositionRecord,
  ProfileRecord,
  RecommendationRecord,
} from '../core/linkedin-records.js';

/** The record type each recognised LinkedIn file yields. */
export interface RecordOfKind {
  connections: ConnectionRecord;
  invitations: InvitationRecord;
  messages: MessageRecord;
  profile: ProfileRecord;
  positions: PositionRecord;
  endorsements: EndorsementRecord;
  recommendationsReceived: RecommendationRecord;
  recommendationsGiven: RecommendationRecord;
}

export interface RecognisedFile {
  kind: LinkedinFileKind;
  /** Path inside the archive or folder, as the user would see it. */
  path: string;
  /** Uncompressed size, for progress. */
  bytes: number;
  /** How the file was read: `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
  /** The field separator found in its header: `,`, `;` or a tab. */
  delimiter: string;
  /**
   * Changes whenever the file's content does (a zip's CRC-32 and size, a folder file's SHA-256): a
   * re-import skips a file whose fingerprint it already merged. Absent: the file is always read.
   */
  fingerprint?: string;
}

export interface RecordBatch<K extends LinkedinFileKind> {
  records: RecordOfKind[K][];
  /** Problems in the rows of this batch (bad quoting, invalid UTF-8, unreadable date…). */
  issues: Issue[];
}

/**
 * An opened LinkedIn export (zip or folder). Opening validates the archive (throws StrongtiesError
 * `invalid-archive`, `unsafe-archive`, `archive-too-large`, `no-linkedin-files`) and recognises files by
 * header; reading streams one file's records in batches, so memory stays bounded and the consumer's
 * awaits apply back-pressure.
 */
export interface ExportReader {
  /** The archive's or folder's base name, e.g. `Basic_LinkedInDataExport_11-24-2026.zip`. */
  readonly name: string;
  readonly recognised: readonly RecognisedFile[];
  /** Files not imported: the assistant logs and every unrecognised file (paths inside the archive). */
  readonly skippedFiles: readonly string[];
  /** Problems found while opening, e.g. a file whose required column is missing (code `missing-column`). */
  readonly issues: readonly Issue[];
  /** Sum of `bytes` of the recognised files. */
  readonly totalBytes: number;
  has(kind: LinkedinFileKind): boolean;
  /**
   * Streams the records of one kind in file order. `onProgress` receives the bytes of that file consumed
   * so far. Yields nothing for a kind the export lacks.
   */
  read<K extends LinkedinFileKind>(
    kind: K,
    options?: { batchSize?: number; onProgress?: (bytesRead: number) => void },
  ): AsyncIterable<RecordBatch<K>>;
  close(): Promise<void>;
}

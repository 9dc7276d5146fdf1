import type { Issue } from '../core/errors.js';

/** What an import did. Other tools read this JSON: keep the names. */
export interface ImportSummary {
  archive: string;
  owner: { name: string; profileUrl: string };
  /** `total` and `hidden` count current connections after the import; a connection back counts as added. */
  connections: {
    total: number;
    hidden: number;
    added: number;
    updated: number;
    removed: number;
    unchanged: number;
  };
  invitations: { incoming: number; outgoing: number; pendingIncoming: number; added: number };
  /** `total` and `conversations` count messages that are not drafts. */
  messages: { total: number; conversations: number; added: number };
  endorsements: number;
  recommendations: { received: number; given: number };
  /** Replies found in the new messages (when the import was given a classifier and a policy). */
  replies?: { found: number };
  /** The files read, each with the encoding and delimiter its first bytes and header showed. */
  files: { path: string; kind: string; encoding: string; delimiter: string }[];
  skippedFiles: string[];
  issues: Issue[];
}

/** Rows dropped or a recognised file skipped: the import is partial (exit 3), not clean. */
export const isPartial = (summary: Pick<ImportSummary, 'issues'>): boolean =>
  summary.issues.some((issue) => issue.skips !== undefined);

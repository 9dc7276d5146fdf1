/** The JSON the API sends, shared with the web app (type-only imports there). */

export interface InvitationView {
  id: number;
  name: string;
  profileUrl: string | null;
  headline: string | null;
  note: string;
  sentAt: string;
}

export interface ImportJobView {
  id: string;
  /** `cancelled`: stopped by the user or the server's shutdown, and rolled back. */
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Bytes of the export read so far, and in all. */
  done: number;
  total: number;
  /** The file the user chose, as the page names it. */
  name?: string;
  /** What is being read: the kind of file and its rows so far. */
  step?: { kind: string; rows: number };
  summary?: unknown;
  error?: string;
  /** The error's code (`invalid-archive`, `no-linkedin-files`…): the page says it in its language. */
  errorCode?: string;
}

/** What the paste form sends (`POST /api/invitations`): the other-network import's columns. */
export interface PastedInvitation {
  name: string;
  profileUrl?: string;
  headline?: string;
  note?: string;
  date?: string;
  network?: string;
}

export type { PasteAnswer, PasteTriage } from '../app/paste-invitation.js';

/** A reply pasted in the web app, as classified (`POST /api/replies`). */
export interface PastedReplyView {
  id: number;
  name: string;
  label: string;
  confidence: number;
  suggestion: string;
  draft: string | null;
}

export type { ImportSummary } from '../app/import-summary.js';

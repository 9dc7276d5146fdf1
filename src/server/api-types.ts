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
  summary?: unknown;
  error?: string;
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

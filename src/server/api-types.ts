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
  state: 'running' | 'done' | 'failed';
  /** Bytes of the export read so far, and in all. */
  done: number;
  total: number;
  summary?: unknown;
  error?: string;
}

/** What the paste form sends (`POST /api/invitations`): the other-network import's columns. */
export interface PastedInvitation {
  name: string;
  profile_url?: string;
  headline?: string;
  note?: string;
  date?: string;
  network?: string;
}

export type { PasteAnswer } from '../app/paste-invitation.js';

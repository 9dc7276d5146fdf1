/**
 * What the LinkedIn export readers produce, file by file, already normalised (dates as ISO strings,
 * profile URLs normalised, text inert). The import use case merges these into the store.
 * Every field a file may lack is optional: older exports have fewer columns.
 */

export interface ConnectionRecord {
  /** Line in the CSV file (1-based, counting the preamble), for issues. */
  line: number;
  firstName: string;
  lastName: string;
  /** Normalised profile URL, absent in old exports and for hidden profiles. */
  profileUrl?: string;
  email?: string;
  company?: string;
  position?: string;
  /** ISO date `YYYY-MM-DD`. */
  connectedOn?: string;
  /** A row with only a date: the member hides their profile from the export. */
  hidden: boolean;
}

export type Direction = 'incoming' | 'outgoing';

export interface InvitationRecord {
  line: number;
  fromName: string;
  toName: string;
  /** ISO date-time without zone (`2026-01-29T14:37:00`): LinkedIn writes local time. */
  sentAt: string;
  note: string;
  direction: Direction;
  inviterProfileUrl?: string;
  inviteeProfileUrl?: string;
}

export interface MessageRecord {
  line: number;
  conversationId: string;
  conversationTitle: string;
  fromName: string;
  senderProfileUrl?: string;
  toNames: string;
  recipientProfileUrls: string[];
  /** ISO date-time in UTC (`2025-06-01T14:03:22Z`). */
  sentAt: string;
  subject: string;
  /** Plain text: HTML removed, line breaks kept. */
  content: string;
  folder: string;
  isDraft: boolean;
}

export interface ProfileRecord {
  firstName: string;
  lastName: string;
  headline?: string;
  summary?: string;
  industry?: string;
  location?: string;
  websites: string[];
  twitterHandles: string[];
}

export interface PositionRecord {
  line: number;
  company: string;
  title: string;
  description?: string;
  location?: string;
  /** `YYYY-MM` or `YYYY`. */
  startedOn?: string;
  finishedOn?: string;
}

export interface EndorsementRecord {
  line: number;
  skill: string;
  endorserName: string;
  endorserProfileUrl?: string;
  /** ISO date-time in UTC. */
  endorsedAt?: string;
}

export interface RecommendationRecord {
  line: number;
  direction: 'received' | 'given';
  firstName: string;
  lastName: string;
  company?: string;
  jobTitle?: string;
  text: string;
  /** ISO date-time without zone. */
  createdAt?: string;
  status?: string;
}

/** Which LinkedIn file a reader recognised (by header, not by name). */
export const LINKEDIN_FILE_KINDS = [
  'connections',
  'invitations',
  'messages',
  'profile',
  'positions',
  'endorsements',
  'recommendationsReceived',
  'recommendationsGiven',
] as const;
export type LinkedinFileKind = (typeof LINKEDIN_FILE_KINDS)[number];

import type { Generated } from 'kysely';
import type { TeamDatabase } from './team-schema.js';

/**
 * The tables as Kysely sees them, one interface per table, column names as in SQL (snake_case: no
 * name-mapping plugin on the hot import path). Dates and times are ISO-8601 text on both dialects,
 * booleans are integers 0/1, JSON is text: the same rows come back from SQLite and PostgreSQL.
 */
export interface Database extends TeamDatabase {
  accounts: AccountsTable;
  people: PeopleTable;
  tags: TagsTable;
  connections: ConnectionsTable;
  invitations: InvitationsTable;
  messages: MessagesTable;
  positions: PositionsTable;
  endorsements: EndorsementsTable;
  recommendations: RecommendationsTable;
  imports: ImportsTable;
  segments: SegmentsTable;
  policies: PoliciesTable;
  decisions: DecisionsTable;
  drafts: DraftsTable;
  replies: RepliesTable;
  change_log: ChangeLogTable;
}

/** 0 or 1: SQLite has no boolean type, so both dialects store integers. */
export type Flag01 = 0 | 1;

export interface AccountsTable {
  id: Generated<number>;
  name: string;
  profile_url: string | null;
  first_name: string | null;
  last_name: string | null;
  headline: string | null;
  summary: string | null;
  /** JSON array of URLs, from Profile.csv. */
  websites: string | null;
  /** JSON array of handles, from Profile.csv. */
  twitter: string | null;
  created_at: string;
}

export interface PeopleTable {
  id: Generated<number>;
  owner_id: number;
  /** The normalised profile URL, else `name:<folded name>` (core/profile-url.ts `personKey`). */
  person_key: string;
  profile_url: string | null;
  first_name: string;
  last_name: string;
  headline: string | null;
  network: Generated<string>;
  met_in_person: Generated<Flag01>;
  exchanged_in_group: Generated<Flag01>;
  remembered: 'yes' | 'no' | null;
  notes: string | null;
  points: Generated<number>;
  flag: 'opportunist' | 'scammer' | null;
  created_at: string;
  updated_at: string;
}

export interface TagsTable {
  owner_id: number;
  person_id: number;
  tag: string;
}

export type ConnectionStatus = 'current' | 'removed';

export interface ConnectionsTable {
  id: Generated<number>;
  owner_id: number;
  /** The person key; `hidden:<connectedOn>:<n>` for hidden profiles (n: ordinal in the export). */
  connection_key: string;
  person_id: number | null;
  connected_on: string | null;
  company: string | null;
  position: string | null;
  email: string | null;
  hidden: Flag01;
  status: ConnectionStatus;
  removed_on: string | null;
  removal_confirmed_at: string | null;
  first_import_id: number | null;
  last_import_id: number | null;
  /** The clean-up review's answer (migration 0002-network). */
  review_status: 'keep' | 'remove' | 'skip' | null;
  review_at: string | null;
}

export type InvitationSource = 'linkedin' | 'manual' | 'csv';

export interface InvitationsTable {
  id: Generated<number>;
  owner_id: number;
  /** direction + counterpart person key + sent_at. */
  invitation_key: string;
  person_id: number | null;
  direction: 'incoming' | 'outgoing';
  from_name: string;
  to_name: string;
  sent_at: string;
  note: string;
  status: Generated<string>;
  source: InvitationSource;
  network: Generated<string>;
  label: string | null;
  label_confidence: number | null;
  lang: string | null;
  /** JSON array of the classifier's signals (migration 0003-triage). */
  signals: string | null;
  created_at: string;
  updated_at: string;
}

export interface MessagesTable {
  id: Generated<number>;
  owner_id: number;
  /** conversation id + date + sender + a short hash of the content. */
  message_key: string;
  conversation_id: string;
  conversation_title: string;
  from_name: string;
  from_person_id: number | null;
  sender_profile_url: string | null;
  to_names: string;
  /** JSON array of normalised URLs. */
  recipient_profile_urls: string;
  sent_at: string;
  subject: string;
  content: string;
  folder: string;
  is_draft: Flag01;
}

export interface PositionsTable {
  id: Generated<number>;
  owner_id: number;
  position_key: string;
  company: string;
  title: string;
  description: string | null;
  location: string | null;
  started_on: string | null;
  finished_on: string | null;
}

export interface EndorsementsTable {
  id: Generated<number>;
  owner_id: number;
  endorsement_key: string;
  person_id: number | null;
  skill: string;
  endorser_name: string;
  endorser_profile_url: string | null;
  endorsed_at: string | null;
}

export interface RecommendationsTable {
  id: Generated<number>;
  owner_id: number;
  recommendation_key: string;
  direction: 'received' | 'given';
  /** Recommendations carry no URL: later features join them to people by name. */
  first_name: string;
  last_name: string;
  company: string | null;
  job_title: string | null;
  text: string;
  written_at: string | null;
  status: string | null;
}

export interface ImportsTable {
  id: Generated<number>;
  owner_id: number;
  archive: string;
  started_at: string;
  finished_at: string | null;
  /** The ImportSummary as JSON. */
  summary: string | null;
  /** Per kind of file merged: its fingerprint and the state it left (app/import-fingerprints.ts), JSON. */
  files: string | null;
}

/** A named segment: people tagged with its name, plus those its rule selects (JSON, or none). */
export interface SegmentsTable {
  owner_id: number;
  name: string;
  rule: string | null;
  created_at: string;
}

/** A policy decisions were taken under, kept whole: `version` is a short hash of `text`. */
export interface PoliciesTable {
  owner_id: number;
  version: string;
  text: string;
  created_at: string;
}

export interface DecisionsTable {
  id: Generated<number>;
  owner_id: number;
  invitation_id: number | null;
  person_id: number | null;
  decision: 'accept' | 'decline' | 'ask' | 'ignore' | 'later';
  rule: string | null;
  reason: string | null;
  policy_version: string | null;
  decided_by: 'policy' | 'user';
  decided_at: string;
  /** When an `ask` expects its answer. */
  due_at: string | null;
  /** Set by undo: the row stays as history, every query skips it. */
  undone_at: string | null;
}

export interface DraftsTable {
  id: Generated<number>;
  owner_id: number;
  invitation_id: number | null;
  person_id: number | null;
  /** The reply a follow-up answers. */
  reply_id: number | null;
  variant: string;
  lang: string;
  text: string;
  /** JSON object: the three elements, when the variant has them. */
  parts: string;
  length: number;
  status: 'draft' | 'sent' | 'discarded';
  /** When the draft was marked sent or discarded. */
  status_at: string | null;
  edited: Flag01;
  created_at: string;
  updated_at: string;
}

export interface RepliesTable {
  id: Generated<number>;
  owner_id: number;
  person_id: number;
  invitation_id: number | null;
  decision_id: number | null;
  message_key: string | null;
  text: string;
  label: 'need' | 'pitch' | 'ack' | 'hostile';
  confidence: number;
  lang: string;
  /** JSON array of signals. */
  signals: string;
  source: 'pasted' | 'messages';
  received_at: string;
  suggestion: string;
  status: 'open' | 'closed';
}

/** One state change: `before_state` holds the rows it changed as they were, so undo is exact. */
export interface ChangeLogTable {
  id: Generated<number>;
  owner_id: number;
  batch: string;
  at: string;
  kind: string;
  person_id: number | null;
  invitation_id: number | null;
  summary: string;
  before_state: string;
  after_state: string;
  undone_at: string | null;
  /** What made the batch: `auto` (`triage --auto`), `import`; null for one action of the user. */
  origin: string | null;
}

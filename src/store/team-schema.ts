import type { Generated } from 'kysely';

/** The team server's tables (migration 0005-team-accounts), part of `Database`. */
export interface TeamDatabase {
  team_members: TeamMembersTable;
  team_links: TeamLinksTable;
  team_sessions: TeamSessionsTable;
  team_audit: TeamAuditTable;
  team_flags: TeamFlagsTable;
  team_policy: TeamPolicyTable;
  member_policies: MemberPoliciesTable;
}

export type TeamRole = 'admin' | 'member';

export interface TeamMembersTable {
  account_id: number;
  email: string;
  role: TeamRole;
  /** `scrypt$N$r$p$salt$hash`; null until the member chooses a password through their link. */
  password_hash: string | null;
  created_at: string;
}

/** A one-time sign-in link: only the SHA-256 of its token is kept. */
export interface TeamLinksTable {
  token_hash: string;
  account_id: number;
  expires_at: string;
  used_at: string | null;
}

/** A signed-in browser: only the SHA-256 of the cookie's value is kept. */
export interface TeamSessionsTable {
  id_hash: string;
  account_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface TeamAuditTable {
  id: Generated<number>;
  at: string;
  /** Who acted (null for a failed sign-in to an unknown address). */
  account_id: number | null;
  action: string;
  /** What the action was about: an email, a member's id, a person key. */
  subject: string | null;
  /** The client's address. */
  address: string | null;
}

/** One member's flag on a profile, shared by the team. */
export interface TeamFlagsTable {
  person_key: string;
  account_id: number;
  kind: 'opportunist' | 'scammer';
  flagged_at: string;
}

export interface TeamPolicyTable {
  id: number;
  text: string;
  updated_at: string;
}

/** A member's own policy text, which extends the team's (an owner table). */
export interface MemberPoliciesTable {
  owner_id: number;
  text: string;
  updated_at: string;
}

/** Tables shared by the team, not owned by one member: outside `OWNER_TABLES`, readable by the app role. */
export const TEAM_TABLE_NAMES = [
  'team_members',
  'team_links',
  'team_sessions',
  'team_audit',
  'team_flags',
  'team_policy',
] as const;
export type TeamTableName = (typeof TEAM_TABLE_NAMES)[number];
export const TEAM_TABLES: ReadonlySet<string> = new Set(TEAM_TABLE_NAMES);

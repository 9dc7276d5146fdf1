import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';

/** What the audit log records: sign-ins and every admin action. */
export const AUDIT_ACTIONS = [
  'team-init',
  'sign-in',
  'sign-in-failed',
  'sign-in-locked',
  'sign-in-link',
  'sign-out',
  'sign-out-everywhere',
  'invite',
  'remove-member',
  'team-policy',
  'unflag',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  accountId: number | null;
  action: AuditAction;
  subject?: string | null | undefined;
  address?: string | null | undefined;
}

export async function audit(db: Kysely<Database>, entry: AuditEntry, now = new Date()): Promise<void> {
  await db
    .insertInto('team_audit')
    .values({
      at: now.toISOString(),
      account_id: entry.accountId,
      action: entry.action,
      subject: entry.subject ?? null,
      address: entry.address ?? null,
    })
    .execute();
}

export interface AuditRow {
  at: string;
  accountId: number | null;
  action: string;
  subject: string | null;
  address: string | null;
}

export async function listAudit(db: Kysely<Database>, limit = 200): Promise<AuditRow[]> {
  const rows = await db.selectFrom('team_audit').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    at: r.at,
    accountId: r.account_id,
    action: r.action,
    subject: r.subject,
    address: r.address,
  }));
}

import { type Kysely, sql } from 'kysely';
import { DAY } from '../../core/durations.js';
import { StrongtiesError } from '../../core/errors.js';
import { OWNER_TABLES } from '../../store/owner-tables.js';
import { ownerTablesOf } from '../../store/postgres/rls.js';
import type { Database } from '../../store/schema.js';
import type { TeamRole } from '../../store/team-schema.js';
import { audit } from './audit.js';
import { newToken, tokenHash } from './secrets.js';
import type { Team } from './team.js';

/** A sign-in link is for one use within three days. */
const LINK_DAYS = 3;

export interface Actor {
  accountId: number;
  address?: string | null;
}

export interface MemberView {
  accountId: number;
  email: string;
  role: TeamRole;
  createdAt: string;
  /** The member has chosen a password. */
  active: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkEmail(email: string): string {
  const clean = email.trim().toLowerCase();
  if (!EMAIL.test(clean) || clean.length > 254)
    throw new StrongtiesError('usage', `not an email address: ${email}`);
  return clean;
}

/** Stores a one-time sign-in link for an account, valid LINK_DAYS days; only its hash is kept. */
async function issueLink(db: Kysely<Database>, accountId: number, now: Date): Promise<string> {
  const token = newToken();
  await db
    .insertInto('team_links')
    .values({
      token_hash: tokenHash(token),
      account_id: accountId,
      expires_at: new Date(now.getTime() + LINK_DAYS * DAY).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}

/** A new account, its membership and a one-time link: the link's token is returned, never stored. */
async function addMember(team: Team, email: string, role: TeamRole, now: Date) {
  const clean = checkEmail(email);
  const taken = await team.db
    .selectFrom('team_members')
    .select('account_id')
    .where('email', '=', clean)
    .executeTakeFirst();
  if (taken) throw new StrongtiesError('conflict', `${clean} is already a member`);
  return team.db.transaction().execute(async (trx) => {
    // RETURNING would need to see the new account, which the account's own policy hides until the
    // member signs in: the id comes from the sequence first.
    const { rows } = await sql<{
      id: number;
    }>`select nextval(pg_get_serial_sequence('accounts', 'id'))::int as id`.execute(trx);
    const accountId = rows[0]?.id as number;
    await trx
      .insertInto('accounts')
      .values({ id: accountId, name: clean, created_at: now.toISOString() } as never)
      .execute();
    await trx
      .insertInto('team_members')
      .values({
        account_id: accountId,
        email: clean,
        role,
        password_hash: null,
        created_at: now.toISOString(),
      })
      .execute();
    const token = await issueLink(trx, accountId, now);
    return { accountId, email: clean, token };
  });
}

/** Creates the team's first admin; refuses once the team has members. */
export async function initTeam(team: Team, email: string, now = new Date()) {
  const any = await team.db.selectFrom('team_members').select('account_id').limit(1).executeTakeFirst();
  if (any) throw new StrongtiesError('conflict', 'the team already exists (an admin can invite members)');
  const member = await addMember(team, email, 'admin', now);
  await audit(team.db, { accountId: member.accountId, action: 'team-init', subject: member.email }, now);
  return member;
}

export async function inviteMember(
  team: Team,
  actor: Actor,
  email: string,
  role: TeamRole = 'member',
  now = new Date(),
) {
  await requireAdmin(team, actor.accountId);
  const member = await addMember(team, email, role, now);
  await audit(
    team.db,
    {
      accountId: actor.accountId,
      action: 'invite',
      subject: `${member.email} (${role})`,
      address: actor.address,
    },
    now,
  );
  return member;
}

/** A fresh one-time link for a member who lost theirs or their password (admin only). */
export async function newSignInLink(
  team: Team,
  actor: Actor,
  accountId: number,
  now = new Date(),
): Promise<string> {
  await requireAdmin(team, actor.accountId);
  const token = await issueLink(team.db, accountId, now);
  await audit(
    team.db,
    {
      accountId: actor.accountId,
      action: 'sign-in-link',
      subject: String(accountId),
      address: actor.address,
    },
    now,
  );
  return token;
}

export async function listMembers(team: Team): Promise<MemberView[]> {
  const rows = await team.db.selectFrom('team_members').selectAll().orderBy('account_id').execute();
  return rows.map((r) => ({
    accountId: r.account_id,
    email: r.email,
    role: r.role,
    createdAt: r.created_at,
    active: r.password_hash !== null,
  }));
}

export async function findMember(team: Team, emailOrId: string): Promise<MemberView | undefined> {
  const all = await listMembers(team);
  const key = emailOrId.trim().toLowerCase();
  return all.find((m) => m.email === key || String(m.accountId) === key);
}

export async function roleOf(team: Team, accountId: number): Promise<TeamRole | undefined> {
  const row = await team.db
    .selectFrom('team_members')
    .select('role')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row?.role;
}

export async function requireAdmin(team: Team, accountId: number): Promise<void> {
  if ((await roleOf(team, accountId)) !== 'admin')
    throw new StrongtiesError('usage', 'only an admin may do this');
}

/**
 * Erases a departing member entirely: every row they own (in their own store, so the policies
 * apply), their flags, sessions, links, membership and account. The audit log keeps the action.
 * The last admin cannot be removed.
 */
export async function removeMember(
  team: Team,
  actor: Actor,
  accountId: number,
  now = new Date(),
): Promise<{ rows: number }> {
  await requireAdmin(team, actor.accountId);
  const role = await roleOf(team, accountId);
  if (role === undefined) throw new StrongtiesError('not-found', `no member ${accountId}`);
  if (role === 'admin') {
    const admins = (await listMembers(team)).filter((m) => m.role === 'admin');
    if (admins.length <= 1) throw new StrongtiesError('conflict', 'the last admin cannot be removed');
  }
  const store = team.storeFor(accountId);
  let rows = 0;
  await store.transaction(async (trx) => {
    const registered = OWNER_TABLES.map((t) => t.name as string);
    const others = (await ownerTablesOf(trx)).filter((t) => !registered.includes(t));
    // Children first: tables no branch registered yet (they reference registered ones), then the
    // registry backwards.
    for (const table of [...others, ...[...registered].reverse()]) {
      const result = await sql`delete from ${sql.id(table)} where owner_id = ${accountId}`.execute(trx);
      rows += Number(result.numAffectedRows ?? 0);
    }
  });
  await team.db.transaction().execute(async (trx) => {
    for (const table of ['team_sessions', 'team_links', 'team_flags', 'team_members'] as const) {
      await trx.deleteFrom(table).where('account_id', '=', accountId).execute();
    }
  });
  await store.db.deleteFrom('accounts').where('id', '=', accountId).execute();
  await audit(
    team.db,
    {
      accountId: actor.accountId,
      action: 'remove-member',
      subject: String(accountId),
      address: actor.address,
    },
    now,
  );
  return { rows };
}

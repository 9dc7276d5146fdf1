import { DAY } from '../../core/durations.js';
import type { TeamRole } from '../../store/team-schema.js';
import { audit } from './audit.js';
import { burnPasswordCheck, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';
import { newToken, tokenHash } from './secrets.js';
import type { Team } from './team.js';

/** A session lasts 14 days; sign-out ends it, sign-out everywhere ends all of the member's. */
const SESSION_DAYS = 14;

/**
 * Sign-in limits, counted in the audit log (so they hold across server processes): 5 failures for
 * one account, or 20 from one address, within 15 minutes lock further attempts until the oldest of
 * them is 15 minutes old.
 */
export const LOCKOUT = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 } as const;

export interface SignedIn {
  ok: true;
  /** The cookie's value: only its hash is stored. */
  sessionId: string;
  csrfToken: string;
  accountId: number;
}
export type SignInResult =
  | SignedIn
  | { ok: false; reason: 'invalid' }
  /** Too many failures: try again at `until` (ISO). */
  | { ok: false; reason: 'locked'; until: string };

export interface TeamSession {
  /** The stored hash of the cookie: names the session without being it. */
  idHash: string;
  accountId: number;
  email: string;
  role: TeamRole;
  csrfToken: string;
}

async function newSession(team: Team, accountId: number, now: Date): Promise<SignedIn> {
  const sessionId = newToken();
  const csrfToken = newToken();
  await team.db
    .insertInto('team_sessions')
    .values({
      id_hash: tokenHash(sessionId),
      account_id: accountId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_DAYS * DAY).toISOString(),
    })
    .execute();
  return { ok: true, sessionId, csrfToken, accountId };
}

/** When the failures in the window lock this account or address, the time the lock ends. */
async function lockedUntil(
  team: Team,
  email: string,
  address: string,
  now: Date,
): Promise<string | undefined> {
  const since = new Date(now.getTime() - LOCKOUT.windowMs).toISOString();
  for (const [column, value, limit] of [
    ['subject', email, LOCKOUT.perAccount],
    ['address', address, LOCKOUT.perAddress],
  ] as const) {
    const rows = await team.db
      .selectFrom('team_audit')
      .select('at')
      .where('action', '=', 'sign-in-failed')
      .where(column, '=', value)
      .where('at', '>', since)
      .orderBy('at', 'desc')
      .limit(limit)
      .execute();
    const oldest = rows[limit - 1];
    if (oldest) return new Date(Date.parse(oldest.at) + LOCKOUT.windowMs).toISOString();
  }
  return undefined;
}

export async function signIn(
  team: Team,
  input: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase().slice(0, 254);
  const until = await lockedUntil(team, email, input.address, now);
  if (until) {
    await audit(
      team.db,
      { accountId: null, action: 'sign-in-locked', subject: email, address: input.address },
      now,
    );
    return { ok: false, reason: 'locked', until };
  }
  const member = await team.db
    .selectFrom('team_members')
    .select(['account_id', 'password_hash'])
    .where('email', '=', email)
    .executeTakeFirst();
  let valid = false;
  if (member?.password_hash) valid = await verifyPassword(input.password, member.password_hash);
  else await burnPasswordCheck(input.password);
  if (!valid || !member) {
    await audit(
      team.db,
      {
        accountId: member?.account_id ?? null,
        action: 'sign-in-failed',
        subject: email,
        address: input.address,
      },
      now,
    );
    return { ok: false, reason: 'invalid' };
  }
  await audit(
    team.db,
    { accountId: member.account_id, action: 'sign-in', subject: email, address: input.address },
    now,
  );
  return newSession(team, member.account_id, now);
}

export type LinkResult = SignedIn | { ok: false; reason: 'invalid-link' | 'weak-password' };

/** Redeems a one-time link: sets the member's password and signs them in. */
export async function redeemLink(
  team: Team,
  input: { token: string; password: string; address: string },
  now = new Date(),
): Promise<LinkResult> {
  if (input.password.length < MIN_PASSWORD_LENGTH) return { ok: false, reason: 'weak-password' };
  const hash = await hashPassword(input.password);
  const accountId = await team.db.transaction().execute(async (trx) => {
    const link = await trx
      .updateTable('team_links')
      .set({ used_at: now.toISOString() })
      .where('token_hash', '=', tokenHash(input.token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .returning('account_id')
      .executeTakeFirst();
    if (!link) return undefined;
    await trx
      .updateTable('team_members')
      .set({ password_hash: hash })
      .where('account_id', '=', link.account_id)
      .execute();
    return link.account_id;
  });
  if (accountId === undefined) return { ok: false, reason: 'invalid-link' };
  await audit(team.db, { accountId, action: 'sign-in', subject: 'link', address: input.address }, now);
  return newSession(team, accountId, now);
}

/** Whether a link is still usable (the page asks before showing the password form). */
export async function linkIsValid(team: Team, token: string, now = new Date()): Promise<boolean> {
  const row = await team.db
    .selectFrom('team_links')
    .select('account_id')
    .where('token_hash', '=', tokenHash(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

export async function findSession(
  team: Team,
  sessionId: string | undefined,
  now = new Date(),
): Promise<TeamSession | undefined> {
  if (!sessionId) return undefined;
  const row = await team.db
    .selectFrom('team_sessions as s')
    .innerJoin('team_members as m', 'm.account_id', 's.account_id')
    .select(['s.account_id', 's.csrf_token', 's.expires_at', 'm.email', 'm.role'])
    .where('s.id_hash', '=', tokenHash(sessionId))
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return undefined;
  return {
    idHash: tokenHash(sessionId),
    accountId: row.account_id,
    email: row.email,
    role: row.role,
    csrfToken: row.csrf_token,
  };
}

/** Ends one session, named by the cookie's value or, with `hashed`, by its stored hash. */
export async function signOut(
  team: Team,
  session: string,
  address: string,
  options: { hashed?: boolean } = {},
  now = new Date(),
): Promise<void> {
  const row = await team.db
    .deleteFrom('team_sessions')
    .where('id_hash', '=', options.hashed ? session : tokenHash(session))
    .returning('account_id')
    .executeTakeFirst();
  if (row) await audit(team.db, { accountId: row.account_id, action: 'sign-out', address }, now);
}

export async function signOutEverywhere(
  team: Team,
  accountId: number,
  address: string,
  now = new Date(),
): Promise<number> {
  const result = await team.db
    .deleteFrom('team_sessions')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  await audit(team.db, { accountId, action: 'sign-out-everywhere', address }, now);
  return Number(result.numDeletedRows);
}

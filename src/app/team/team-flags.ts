import { StrongtiesError } from '../../core/errors.js';
import type { TeamFlagSummary } from '../triage/load-context.js';
import { audit } from './audit.js';
import { type Actor, requireAdmin } from './members.js';
import type { Team } from './team.js';

export type TeamFlagKind = TeamFlagSummary['kind'];

/**
 * A member flags one of their people for the whole team: the flag names the shared profile key (the
 * normalised LinkedIn URL), read from the member's own store, so no one can flag by another's ids.
 */
export async function flagPerson(
  team: Team,
  accountId: number,
  personId: number,
  kind: TeamFlagKind,
  now = new Date(),
) {
  const person = await team
    .storeFor(accountId)
    .db.selectFrom('people')
    .select('person_key')
    .where('owner_id', '=', accountId)
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) throw new StrongtiesError('not-found', `no person ${personId}`);
  const at = now.toISOString();
  await team.db
    .insertInto('team_flags')
    .values({ person_key: person.person_key, account_id: accountId, kind, flagged_at: at })
    .onConflict((oc) => oc.columns(['person_key', 'account_id']).doUpdateSet({ kind, flagged_at: at }))
    .execute();
  return { personKey: person.person_key };
}

export interface TeamFlagView extends TeamFlagSummary {
  personKey: string;
}

/** The team's list: each profile with how many members flagged it and when last, never who. */
export async function listTeamFlags(team: Team): Promise<TeamFlagView[]> {
  const rows = await team.db
    .selectFrom('team_flags')
    .groupBy('person_key')
    .select((eb) => [
      'person_key',
      eb.fn.max('kind').as('kind'),
      eb.fn.count<number>('account_id').as('members'),
      eb.fn.max('flagged_at').as('lastAt'),
    ])
    .orderBy('lastAt', 'desc')
    .execute();
  return rows.map((r) => ({
    personKey: r.person_key,
    kind: r.kind,
    members: Number(r.members),
    lastAt: r.lastAt,
  }));
}

/** An admin removes a profile from the team's list (every member's flag on it). */
export async function unflagProfile(
  team: Team,
  actor: Actor,
  personKey: string,
  now = new Date(),
): Promise<number> {
  await requireAdmin(team, actor.accountId);
  const result = await team.db
    .deleteFrom('team_flags')
    .where('person_key', '=', personKey)
    .executeTakeFirst();
  await audit(
    team.db,
    { accountId: actor.accountId, action: 'unflag', subject: personKey, address: actor.address },
    now,
  );
  return Number(result.numDeletedRows);
}

import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DecisionKind, ReplyLabel } from '../../core/labels.js';
import { isPendingIncoming } from '../../store/pending-invitation.js';
import type { Database, InvitationsTable } from '../../store/schema.js';
import type { PastDecision } from './types.js';

export interface PersonFacts {
  id: number;
  profileUrl: string | null;
  firstName: string;
  lastName: string;
  headline: string | null;
  metInPerson: boolean;
  exchangedInGroup: boolean;
  remembered: 'yes' | 'no' | null;
  flag: 'opportunist' | 'scammer' | null;
  /** The team's flags on this profile (the team server; always null on a single-user store). */
  teamFlag: TeamFlagSummary | null;
}

/** "Flagged by your team (2 members, last on …)": how many members flagged the profile, never who. */
export interface TeamFlagSummary {
  kind: 'opportunist' | 'scammer';
  members: number;
  lastAt: string;
}

/** One invitation with everything the policy and the screen need, read set-based. */
export interface InvitationContext {
  row: Selectable<InvitationsTable>;
  person: PersonFacts | null;
  tags: string[];
  /** Decisions in force on the person's other invitations, newest first. */
  earlier: PastDecision[];
  /** The decision in force on this invitation. */
  current: (PastDecision & { id: number }) | null;
  reply: ReplyLabel | 'none';
}

type Db = Kysely<Database> | Transaction<Database>;

const FEW_PEOPLE = 200;

/**
 * Pending incoming invitations (or the given ones) with their person, tags, decisions and latest
 * reply: five queries whatever the count, so 5,000 invitations load as fast as one.
 */
export async function loadContexts(
  db: Db,
  ownerId: number,
  which: { pending: true } | { ids: readonly number[] },
): Promise<InvitationContext[]> {
  let query = db
    .selectFrom('invitations')
    .leftJoin('people as p', 'p.id', 'invitations.person_id')
    .selectAll('invitations')
    .select([
      'p.profile_url as p_profile_url',
      'p.first_name as p_first_name',
      'p.last_name as p_last_name',
      'p.headline as p_headline',
      'p.met_in_person as p_met_in_person',
      'p.exchanged_in_group as p_exchanged_in_group',
      'p.remembered as p_remembered',
      'p.flag as p_flag',
    ])
    .where('invitations.owner_id', '=', ownerId);
  if ('pending' in which) query = query.where(isPendingIncoming);
  else {
    if (which.ids.length === 0) return [];
    query = query.where('invitations.id', 'in', which.ids);
  }
  const rows = await query.orderBy('invitations.sent_at', 'desc').orderBy('invitations.id', 'desc').execute();
  if (rows.length === 0) return [];
  const personIds = new Set(rows.map((r) => r.person_id).filter((id): id is number => id !== null));
  const tags = new Map<number, string[]>();
  const decisions = new Map<number, (PastDecision & { id: number })[]>();
  const replies = new Map<number, ReplyLabel>();
  const teamFlags = new Map<number, TeamFlagSummary>();
  if (personIds.size > 0) {
    // A few people (one decision, one screen): read only theirs, by the (owner, person) indexes, so
    // the cost does not grow with the history. Many (the whole queue): owner-wide reads filtered
    // here, rather than an IN list of thousands of ids.
    const few = personIds.size <= FEW_PEOPLE;
    const ids = [...personIds];
    for (const t of await db
      .selectFrom('tags')
      .select(['person_id', 'tag'])
      .where('owner_id', '=', ownerId)
      .$if(few, (q) => q.where('person_id', 'in', ids))
      .execute())
      if (personIds.has(t.person_id)) tags.set(t.person_id, [...(tags.get(t.person_id) ?? []), t.tag]);
    const past = await db
      .selectFrom('decisions')
      .select(['id', 'person_id', 'invitation_id', 'decision', 'decided_at', 'decided_by'])
      .where('owner_id', '=', ownerId)
      .$if(few, (q) => q.where('person_id', 'in', ids))
      .where('undone_at', 'is', null)
      .orderBy('decided_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    for (const d of past) {
      if (d.person_id === null || !personIds.has(d.person_id)) continue;
      const list = decisions.get(d.person_id) ?? [];
      list.push({
        id: d.id,
        invitationId: d.invitation_id,
        decision: d.decision,
        decidedAt: d.decided_at,
        decidedBy: d.decided_by,
      });
      decisions.set(d.person_id, list);
    }
    const answered = await db
      .selectFrom('replies')
      .select(['person_id', 'label'])
      .where('owner_id', '=', ownerId)
      .$if(few, (q) => q.where('person_id', 'in', ids))
      .orderBy('received_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    for (const r of answered) if (personIds.has(r.person_id)) replies.set(r.person_id, r.label);
    for (const f of await teamFlagsOfOwner(db, ownerId))
      if (personIds.has(f.person_id)) teamFlags.set(f.person_id, f);
  }
  // The newest decision on an invitation is the one in force.
  return rows.map((r) => {
    const mine = r.person_id === null ? [] : (decisions.get(r.person_id) ?? []);
    const current = mine.find((d) => d.invitationId === r.id) ?? null;
    const {
      p_profile_url,
      p_first_name,
      p_last_name,
      p_headline,
      p_met_in_person,
      p_exchanged_in_group,
      p_remembered,
      p_flag,
      ...row
    } = r;
    const person: PersonFacts | null =
      r.person_id === null
        ? null
        : {
            id: r.person_id,
            profileUrl: p_profile_url ?? null,
            firstName: p_first_name ?? '',
            lastName: p_last_name ?? '',
            headline: p_headline ?? null,
            metInPerson: p_met_in_person === 1,
            exchangedInGroup: p_exchanged_in_group === 1,
            remembered: p_remembered ?? null,
            flag: p_flag ?? null,
            teamFlag: teamFlags.get(r.person_id) ?? null,
          };
    return {
      row,
      person,
      tags: r.person_id === null ? [] : (tags.get(r.person_id) ?? []),
      earlier: mine.filter((d) => d.invitationId !== r.id).map(({ id: _id, ...d }) => d),
      current,
      reply: r.person_id === null ? 'none' : (replies.get(r.person_id) ?? 'none'),
    };
  });
}

/**
 * The team's flags on the owner's people, by the shared profile key. On the team server the flags
 * are the team's shared table and the people the member's own (row-level security); on a single-user
 * store the table is empty.
 */
async function teamFlagsOfOwner(
  db: Db,
  ownerId: number,
): Promise<(TeamFlagSummary & { person_id: number })[]> {
  const rows = await db
    .selectFrom('team_flags as f')
    .innerJoin('people as p', 'p.person_key', 'f.person_key')
    .where('p.owner_id', '=', ownerId)
    .groupBy('p.id')
    .select((eb) => [
      'p.id as person_id',
      // 'scammer' sorts after 'opportunist': the gravest flag wins.
      eb.fn.max('f.kind').as('kind'),
      eb.fn.count<number>('f.account_id').distinct().as('members'),
      eb.fn.max('f.flagged_at').as('lastAt'),
    ])
    .execute();
  return rows.map((r) => ({
    person_id: r.person_id,
    kind: r.kind,
    members: Number(r.members),
    lastAt: r.lastAt,
  }));
}

export const earlierKinds = (ctx: InvitationContext): DecisionKind[] =>
  [...ctx.earlier].reverse().map((d) => d.decision);

import { isPendingIncoming } from '../store/pending-invitation.js';
import type { Store } from '../store/store.js';

export interface InvitationRow {
  id: number;
  direction: 'incoming' | 'outgoing';
  /** The other person: the inviter of an incoming invitation, the invitee of an outgoing one. */
  name: string;
  profileUrl: string | null;
  /** The person's headline, else their position as a connection. */
  headline: string | null;
  note: string;
  sentAt: string;
  status: string;
  /** linkedin, or the network an invitation typed in or imported from CSV came from. */
  network: string;
}

export interface ListInvitationsFilter {
  /** `pending`: incoming, undecided, and the inviter is not a current connection. */
  status: 'pending' | 'all';
  direction?: 'incoming' | 'outgoing';
}

/** The owner's invitations, newest first. */
export async function listInvitations(
  store: Store,
  ownerId: number,
  filter: ListInvitationsFilter,
): Promise<InvitationRow[]> {
  let query = store.db
    .selectFrom('invitations')
    .leftJoin('people as p', 'p.id', 'invitations.person_id')
    .select((eb) => [
      'invitations.id',
      'invitations.direction',
      'invitations.from_name',
      'invitations.to_name',
      'p.first_name',
      'p.last_name',
      'p.profile_url',
      'p.headline',
      eb
        .selectFrom('connections as c')
        .select('c.position')
        .whereRef('c.person_id', '=', 'invitations.person_id')
        .where('c.status', '=', 'current')
        .limit(1)
        .as('position'),
      'invitations.note',
      'invitations.sent_at',
      'invitations.status',
      'invitations.network',
    ])
    .where('invitations.owner_id', '=', ownerId);
  if (filter.status === 'pending') query = query.where(isPendingIncoming);
  if (filter.direction) query = query.where('invitations.direction', '=', filter.direction);
  const rows = await query.orderBy('invitations.sent_at', 'desc').orderBy('invitations.id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    direction: r.direction,
    name: r.direction === 'incoming' ? r.from_name : r.to_name,
    profileUrl: r.profile_url,
    headline: r.headline ?? r.position ?? null,
    note: r.note,
    sentAt: r.sent_at,
    status: r.status,
    network: r.network,
  }));
}

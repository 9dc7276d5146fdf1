import type { ExpressionBuilder } from 'kysely';
import type { Database } from './schema.js';

/**
 * An invitation still waiting for the owner: incoming, not decided, and its inviter is not a current
 * connection (an invitation accepted on LinkedIn shows up as a connection in the next export).
 */
export function isPendingIncoming(eb: ExpressionBuilder<Database, 'invitations'>) {
  return eb.and([
    eb('invitations.direction', '=', 'incoming'),
    eb('invitations.status', '=', 'pending'),
    eb.not(
      eb.exists(
        eb
          .selectFrom('connections as c')
          .select('c.id')
          .whereRef('c.owner_id', '=', 'invitations.owner_id')
          .whereRef('c.person_id', '=', 'invitations.person_id')
          .where('c.status', '=', 'current'),
      ),
    ),
  ]);
}

import type { Kysely } from 'kysely';
import { isPendingIncoming } from '../store/pending-invitation.js';
import type { Database } from '../store/schema.js';
import { toCount } from '../store/store.js';

/** What the database holds for the owner after an import: the `total`-like figures of the summary. */
export async function importTotals(db: Kysely<Database>, ownerId: number) {
  const connections = await db
    .selectFrom('connections')
    .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.sum<number>('hidden').as('hidden')])
    .where('owner_id', '=', ownerId)
    .where('status', '=', 'current')
    .executeTakeFirstOrThrow();
  const invitations = await db
    .selectFrom('invitations')
    .select(['direction', (eb) => eb.fn.countAll<number>().as('n')])
    .where('owner_id', '=', ownerId)
    .groupBy('direction')
    .execute();
  const pending = await db
    .selectFrom('invitations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_id', '=', ownerId)
    .where(isPendingIncoming)
    .executeTakeFirstOrThrow();
  const messages = await db
    .selectFrom('messages')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('conversation_id').distinct().as('conversations'),
    ])
    .where('owner_id', '=', ownerId)
    .where('is_draft', '=', 0)
    .executeTakeFirstOrThrow();
  const endorsements = await db
    .selectFrom('endorsements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_id', '=', ownerId)
    .executeTakeFirstOrThrow();
  const recommendations = await db
    .selectFrom('recommendations')
    .select(['direction', (eb) => eb.fn.countAll<number>().as('n')])
    .where('owner_id', '=', ownerId)
    .groupBy('direction')
    .execute();
  const byDirection = (rows: { direction: string; n: number }[], direction: string) =>
    toCount(rows.find((r) => r.direction === direction)?.n);
  return {
    connections: { total: toCount(connections.total), hidden: toCount(connections.hidden) },
    invitations: {
      incoming: byDirection(invitations, 'incoming'),
      outgoing: byDirection(invitations, 'outgoing'),
      pendingIncoming: toCount(pending.n),
    },
    messages: { total: toCount(messages.total), conversations: toCount(messages.conversations) },
    endorsements: toCount(endorsements.n),
    recommendations: {
      received: byDirection(recommendations, 'received'),
      given: byDirection(recommendations, 'given'),
    },
  };
}

import { computeStats, type NetworkStats } from '../../core/network/stats.js';
import type { Store } from '../../store/store.js';
import { computeNetworkTies } from './network-ties.js';

/**
 * The owner's statistics over time, from everything the database kept across imports: every
 * invitation and connection, the live decisions (undone and superseded ones excluded), the replies
 * and whether each ask was answered.
 */
export async function networkStats(store: Store, ownerId: number, now: Date): Promise<NetworkStats> {
  const { db } = store;
  const [invitations, connections, decisions, replies, answeredAsks, ties] = await Promise.all([
    db
      .selectFrom('invitations')
      .select(['sent_at', 'direction', 'label'])
      .where('owner_id', '=', ownerId)
      .execute(),
    db
      .selectFrom('connections')
      .select(['connected_on', 'removed_on'])
      .where('owner_id', '=', ownerId)
      .execute(),
    db
      .selectFrom('decisions')
      .select(['id', 'decision', 'decided_at'])
      .where('owner_id', '=', ownerId)
      .where('undone_at', 'is', null)
      .execute(),
    db.selectFrom('replies').select(['label', 'received_at']).where('owner_id', '=', ownerId).execute(),
    db
      .selectFrom('replies')
      .select('decision_id')
      .distinct()
      .where('owner_id', '=', ownerId)
      .where('decision_id', 'is not', null)
      .execute(),
    computeNetworkTies(store, ownerId, now),
  ]);
  const answered = new Set(answeredAsks.map((r) => r.decision_id));
  return computeStats({
    invitations: invitations.map((i) => ({ sentAt: i.sent_at, direction: i.direction, label: i.label })),
    decisions: decisions.map((d) => ({ decidedAt: d.decided_at, kind: d.decision })),
    replies: replies.map((r) => ({ receivedAt: r.received_at, label: r.label })),
    asks: decisions
      .filter((d) => d.decision === 'ask')
      .map((d) => ({ askedAt: d.decided_at, answered: answered.has(d.id) })),
    connections: connections.map((c) => ({ connectedOn: c.connected_on, removedOn: c.removed_on })),
    strengths: ties.map((t) => t.score),
  });
}

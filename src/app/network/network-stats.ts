import { computeStats, type DecisionRow, type NetworkStats } from '../../core/network/stats.js';
import type { Store } from '../../store/store.js';
import { computeNetworkTies } from './network-ties.js';

/** Invitation statuses that record a decision, until the decisions table (issue 5) lands. */
const DECISION_OF_STATUS: Record<string, string> = {
  accepted: 'accept',
  declined: 'decline',
  asked: 'ask',
  ignored: 'ignore',
  later: 'later',
};

/** The owner's statistics over time, from every invitation and connection the imports kept. */
export async function networkStats(store: Store, ownerId: number, now: Date): Promise<NetworkStats> {
  const { db } = store;
  const [invitations, connections, ties] = await Promise.all([
    db
      .selectFrom('invitations')
      .select(['sent_at', 'direction', 'label', 'status', 'updated_at'])
      .where('owner_id', '=', ownerId)
      .execute(),
    db
      .selectFrom('connections')
      .select(['connected_on', 'removed_on'])
      .where('owner_id', '=', ownerId)
      .execute(),
    computeNetworkTies(store, ownerId, now),
  ]);
  const decisions: DecisionRow[] = [];
  for (const i of invitations) {
    const kind = i.direction === 'incoming' ? DECISION_OF_STATUS[i.status] : undefined;
    if (kind !== undefined) decisions.push({ decidedAt: i.updated_at, kind });
  }
  return computeStats({
    invitations: invitations.map((i) => ({ sentAt: i.sent_at, direction: i.direction, label: i.label })),
    decisions,
    replies: [],
    asks: [],
    connections: connections.map((c) => ({ connectedOn: c.connected_on, removedOn: c.removed_on })),
    strengths: ties.map((t) => t.score),
  });
}

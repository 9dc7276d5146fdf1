import { runExposureAudit } from '../app/network/exposure.js';
import { networkStats } from '../app/network/network-stats.js';
import type { NetworkTie } from '../app/network/network-ties.js';
import { listRemovals } from '../app/network/removals.js';
import { applyReview, reviewQueue } from '../app/network/review.js';
import { listStrength } from '../app/network/strength-list.js';
import type { ReviewEffect } from '../core/network/review-actions.js';
import { topFactors } from '../core/network/tie-strength.js';
import type { Store } from '../store/store.js';
import type { NetworkServices, TieView } from './network-types.js';

/** Only the reasons the screens show: a 30,000-row list stays light. */
export const tieView = (t: NetworkTie): TieView => ({
  connectionId: t.connectionId,
  name: t.name,
  profileUrl: t.profileUrl,
  headline: t.headline,
  company: t.company,
  position: t.position,
  connectedOn: t.connectedOn,
  reviewStatus: t.reviewStatus,
  tags: t.tags,
  score: t.score,
  factors: topFactors(t),
});

/** The network use cases for one owner, each reading the clock when called. */
export function networkServices(store: Store, ownerId: number): NetworkServices {
  return {
    strength: async (query) => (await listStrength(store, ownerId, query, new Date())).map(tieView),
    reviewQueue: async () => (await reviewQueue(store, ownerId, new Date())).map(tieView),
    applyReview: (connectionId: number, effect: ReviewEffect) =>
      applyReview(store, ownerId, connectionId, effect, new Date()),
    removals: () => listRemovals(store, ownerId),
    exposure: (options) => runExposureAudit(store, ownerId, options, new Date()),
    stats: () => networkStats(store, ownerId, new Date()),
  };
}

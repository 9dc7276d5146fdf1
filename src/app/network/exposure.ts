import { auditExposure, type ExposureAudit } from '../../core/network/exposure-audit.js';
import type { Store } from '../../store/store.js';
import { computeNetworkTies, type NetworkTie } from './network-ties.js';
import { findSegment, tiesInSegment } from './segments.js';

export interface ExposureOptions {
  competitor: string;
  client: string;
  /** LinkedIn's default; a user who hid the list says so. */
  connectionsListVisible: boolean;
}

export const DEFAULT_EXPOSURE: ExposureOptions = {
  competitor: 'competitor',
  client: 'client',
  connectionsListVisible: true,
};

const person = (t: NetworkTie) => ({
  personId: t.personId ?? -t.connectionId,
  name: t.name,
  profileUrl: t.profileUrl,
  strength: t.score,
});

/** Which of the owner's competitors can browse which clients (both current connections). */
export async function runExposureAudit(
  store: Store,
  ownerId: number,
  options: ExposureOptions,
  now: Date,
): Promise<ExposureAudit & { segments: { competitor: string; client: string } }> {
  const ties = await computeNetworkTies(store, ownerId, now);
  const [competitorSegment, clientSegment] = await Promise.all([
    findSegment(store, ownerId, options.competitor),
    findSegment(store, ownerId, options.client),
  ]);
  const audit = auditExposure({
    competitors: tiesInSegment(competitorSegment, ties).map(person),
    clients: tiesInSegment(clientSegment, ties).map(person),
    connectionsListVisible: options.connectionsListVisible,
  });
  return { ...audit, segments: { competitor: options.competitor, client: options.client } };
}

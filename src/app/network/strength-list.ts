import type { Store } from '../../store/store.js';
import { computeNetworkTies, type NetworkTie } from './network-ties.js';
import { findSegment, tiesInSegment } from './segments.js';

export const STRENGTH_SORTS = ['score', 'name', 'connected'] as const;
export type StrengthSort = (typeof STRENGTH_SORTS)[number];

export interface StrengthQuery {
  sort?: StrengthSort;
  /** Strongest first instead of weakest first (for `score`), newest first (for `connected`). */
  descending?: boolean;
  min?: number;
  max?: number;
  segment?: string;
  limit?: number;
}

const COMPARE = {
  score: (a, b) => a.score - b.score || a.name.localeCompare(b.name),
  name: (a, b) => a.name.localeCompare(b.name) || a.connectionId - b.connectionId,
  connected: (a, b) =>
    (a.connectedOn ?? '').localeCompare(b.connectedOn ?? '') || a.connectionId - b.connectionId,
} satisfies Record<StrengthSort, (a: NetworkTie, b: NetworkTie) => number>;

/** The owner's connections with their tie strength, filtered and sorted (weakest first by default). */
export async function listStrength(
  store: Store,
  ownerId: number,
  query: StrengthQuery,
  now: Date,
): Promise<NetworkTie[]> {
  let ties = await computeNetworkTies(store, ownerId, now);
  if (query.segment !== undefined)
    ties = tiesInSegment(await findSegment(store, ownerId, query.segment), ties);
  const { min, max } = query;
  if (min !== undefined) ties = ties.filter((t) => t.score >= min);
  if (max !== undefined) ties = ties.filter((t) => t.score <= max);
  const compare = COMPARE[query.sort ?? 'score'];
  ties.sort(query.descending ? (a, b) => compare(b, a) : compare);
  return query.limit === undefined ? ties : ties.slice(0, query.limit);
}

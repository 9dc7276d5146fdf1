import { type TieFactor, tieStrength } from '../../core/network/tie-strength.js';
import type { Store } from '../../store/store.js';
import { type ConnectionFacts, gatherConnectionFacts } from './gather-evidence.js';

/** One connection with its score: plain JSON, ready for the CLI and the web app. */
export interface NetworkTie extends Omit<ConnectionFacts, 'evidence'> {
  name: string;
  score: number;
  /** Largest effect first; words via core/network/tie-factor-words.ts or the `tie.<key>` i18n keys. */
  factors: TieFactor[];
}

/** Scores every current connection of the owner at `now`. */
export async function computeNetworkTies(store: Store, ownerId: number, now: Date): Promise<NetworkTie[]> {
  const facts = await gatherConnectionFacts(store, ownerId);
  return facts.map(({ evidence, ...rest }) => {
    const { score, factors } = tieStrength(evidence, now);
    return { ...rest, name: `${rest.firstName} ${rest.lastName}`.trim(), score, factors };
  });
}

import { StrongtiesError } from '../../core/errors.js';
import type { ReviewEffect } from '../../core/network/review-actions.js';
import type { Store } from '../../store/store.js';
import { newBatch, snapshotRows, writeLog } from '../changes/change-log.js';
import { computeNetworkTies, type NetworkTie } from './network-ties.js';

/**
 * The clean-up queue: connections not reviewed yet, weakest first, then the skipped ones (weakest
 * first too). Kept and removed connections leave the queue, and so do hidden profiles: with no name
 * and no link there is nothing to remember nor to remove.
 */
export async function reviewQueue(store: Store, ownerId: number, now: Date): Promise<NetworkTie[]> {
  const ties = await computeNetworkTies(store, ownerId, now);
  const rank = (t: NetworkTie): number => (t.reviewStatus === null ? 0 : 1);
  return ties
    .filter((t) => t.personId !== null && (t.reviewStatus === null || t.reviewStatus === 'skip'))
    .sort((a, b) => rank(a) - rank(b) || a.score - b.score || a.name.localeCompare(b.name));
}

/** Records one answer of the review, logged in the same transaction; returns its batch for undo. */
export async function applyReview(
  store: Store,
  ownerId: number,
  connectionId: number,
  effect: ReviewEffect,
  now: Date,
): Promise<{ connectionId: number; batch: string }> {
  return store.transaction(async (trx) => {
    const [connection] = await snapshotRows(trx, 'connections', [connectionId]);
    if (connection?.['owner_id'] !== ownerId)
      throw new StrongtiesError('not-found', `no connection ${connectionId}`);
    const personId = connection['person_id'] as number | null;
    const people = personId === null ? [] : await snapshotRows(trx, 'people', [personId]);
    const at = now.toISOString();
    await trx
      .updateTable('connections')
      .set({ review_status: effect.review, review_at: at })
      .where('owner_id', '=', ownerId)
      .where('id', '=', connectionId)
      .execute();
    const touchesPerson = personId !== null && (effect.metInPerson || effect.exchangedInGroup);
    if (touchesPerson) {
      await trx
        .updateTable('people')
        .set({
          ...(effect.metInPerson ? { met_in_person: 1 as const } : {}),
          ...(effect.exchangedInGroup ? { exchanged_in_group: 1 as const } : {}),
          updated_at: at,
        })
        .where('owner_id', '=', ownerId)
        .where('id', '=', personId)
        .execute();
    }
    const person = people[0];
    const name = person ? `${String(person['first_name'])} ${String(person['last_name'])}`.trim() : '';
    const batch = newBatch();
    await writeLog(trx, store.dialect, ownerId, batch, at, [
      {
        kind: 'review',
        personId,
        invitationId: null,
        summary: `review: ${effect.review} ${name}${effect.metInPerson ? ' (met in person)' : ''}${effect.exchangedInGroup ? ' (exchanged in a group)' : ''}`,
        before: { connections: [connection], ...(touchesPerson && { people }) },
        created: {},
        after: { ...effect },
      },
    ]);
    return { connectionId, batch };
  });
}

import { notFound } from '../../core/errors.js';
import type { ReviewEffect, ReviewStatus } from '../../core/network/review-actions.js';
import type { Flag01 } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
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

/** What an answer replaced, so that `undo` can put it back. */
export interface ReviewUndo {
  connectionId: number;
  personId: number | null;
  reviewStatus: ReviewStatus | null;
  reviewAt: string | null;
  metInPerson: Flag01 | null;
  exchangedInGroup: Flag01 | null;
}

/** Records one answer of the review (in one transaction) and returns what it replaced. */
export async function applyReview(
  store: Store,
  ownerId: number,
  connectionId: number,
  effect: ReviewEffect,
  now: Date,
): Promise<ReviewUndo> {
  return store.transaction(async (trx) => {
    const before = await trx
      .selectFrom('connections as c')
      .leftJoin('people as p', 'p.id', 'c.person_id')
      .select([
        'c.person_id as personId',
        'c.review_status as reviewStatus',
        'c.review_at as reviewAt',
        'p.met_in_person as metInPerson',
        'p.exchanged_in_group as exchangedInGroup',
      ])
      .where('c.owner_id', '=', ownerId)
      .where('c.id', '=', connectionId)
      .executeTakeFirstOrThrow(notFound(`connection ${connectionId}`));
    const at = now.toISOString();
    await trx
      .updateTable('connections')
      .set({ review_status: effect.review, review_at: at })
      .where('owner_id', '=', ownerId)
      .where('id', '=', connectionId)
      .execute();
    if (before.personId !== null && (effect.metInPerson || effect.exchangedInGroup)) {
      await trx
        .updateTable('people')
        .set({
          ...(effect.metInPerson ? { met_in_person: 1 as const } : {}),
          ...(effect.exchangedInGroup ? { exchanged_in_group: 1 as const } : {}),
          updated_at: at,
        })
        .where('owner_id', '=', ownerId)
        .where('id', '=', before.personId)
        .execute();
    }
    return { connectionId, ...before };
  });
}

/** Puts back what an answer replaced. */
export async function undoReview(store: Store, ownerId: number, undo: ReviewUndo): Promise<void> {
  await store.transaction(async (trx) => {
    await trx
      .updateTable('connections')
      .set({ review_status: undo.reviewStatus, review_at: undo.reviewAt })
      .where('owner_id', '=', ownerId)
      .where('id', '=', undo.connectionId)
      .execute();
    if (undo.personId !== null && undo.metInPerson !== null && undo.exchangedInGroup !== null) {
      await trx
        .updateTable('people')
        .set({ met_in_person: undo.metInPerson, exchanged_in_group: undo.exchangedInGroup })
        .where('owner_id', '=', ownerId)
        .where('id', '=', undo.personId)
        .execute();
    }
  });
}

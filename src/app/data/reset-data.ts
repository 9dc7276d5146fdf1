import { withErasedTraces } from '../../store/erase-traces.js';
import { ACCOUNT_PROFILE_COLUMNS, OWNER_TABLES } from '../../store/owner-tables.js';
import type { Store } from '../../store/store.js';
import { type ErasureSummary, emptySummary } from './erasure-summary.js';
import { untyped } from './owner-rows.js';

/**
 * Removes all of the owner's data: every registered table, children first, and the owner's profile.
 * The account row stays (the store opens as new, the owner keeps their id).
 */
export async function resetOwnerData(store: Store, ownerId: number): Promise<ErasureSummary> {
  return withErasedTraces(store, async (trx) => {
    const summary = emptySummary();
    for (const table of [...OWNER_TABLES].reverse()) {
      const result = await untyped(trx)
        .deleteFrom(table.name)
        .where('owner_id', '=', ownerId)
        .executeTakeFirst();
      const n = Number(result.numDeletedRows);
      if (n > 0) summary.removed[table.name] = n;
    }
    const cleared = Object.fromEntries(ACCOUNT_PROFILE_COLUMNS.map((c) => [c, null]));
    await trx.updateTable('accounts').set(cleared).where('id', '=', ownerId).execute();
    return summary;
  });
}

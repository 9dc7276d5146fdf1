import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';

export interface Removal {
  connectionId: number;
  name: string;
  /** Where to remove the connection on LinkedIn (the profile's "More → Remove connection"). */
  profileUrl: string | null;
  company: string | null;
  decidedAt: string;
  confirmedAt: string | null;
}

export interface RemovalReport {
  /** Decided since the last import: remove them on LinkedIn, then re-export. */
  toRemove: Removal[];
  /** Decided before the last import, yet that export still listed them. */
  stillThere: Removal[];
  /** Gone from a later export. */
  confirmed: Removal[];
}

/** The review's "remove" answers, split by what the imports since then say. */
export async function listRemovals(store: Store, ownerId: number): Promise<RemovalReport> {
  const [rows, lastImport] = await Promise.all([
    store.db
      .selectFrom('connections as c')
      .leftJoin('people as p', 'p.id', 'c.person_id')
      .select([
        'c.id',
        'c.status',
        'c.company',
        'c.review_at',
        'c.removal_confirmed_at',
        'p.first_name',
        'p.last_name',
        'p.profile_url',
      ])
      .where('c.owner_id', '=', ownerId)
      .where('c.review_status', '=', 'remove')
      .orderBy('p.last_name')
      .orderBy('p.first_name')
      .execute(),
    store.db
      .selectFrom('imports')
      .select((eb) => eb.fn.max('started_at').as('at'))
      .where('owner_id', '=', ownerId)
      .where('finished_at', 'is not', null)
      .executeTakeFirst(),
  ]);
  const report: RemovalReport = { toRemove: [], stillThere: [], confirmed: [] };
  const lastImportAt = lastImport?.at ?? null;
  for (const r of rows) {
    const removal: Removal = {
      connectionId: r.id,
      name: `${r.first_name ?? ''} ${r.last_name ?? ''}`.trim(),
      profileUrl: r.profile_url ?? null,
      company: r.company,
      decidedAt: r.review_at ?? '',
      confirmedAt: r.removal_confirmed_at,
    };
    if (r.status === 'removed') report.confirmed.push(removal);
    else if (lastImportAt !== null && removal.decidedAt < lastImportAt) report.stillThere.push(removal);
    else report.toRemove.push(removal);
  }
  return report;
}

/**
 * Called by the import, in its transaction, after the connections are merged: a connection the user
 * chose to remove that the export no longer lists is confirmed removed. Returns how many.
 */
export async function confirmRemovals(db: Kysely<Database>, ownerId: number, at: string): Promise<number> {
  const result = await db
    .updateTable('connections')
    .set({ removal_confirmed_at: at })
    .where('owner_id', '=', ownerId)
    .where('review_status', '=', 'remove')
    .where('status', '=', 'removed')
    .where('removal_confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

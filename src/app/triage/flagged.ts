import type { Store } from '../../store/store.js';

export interface FlaggedPerson {
  personId: number;
  name: string;
  profileUrl: string | null;
  headline: string | null;
  flag: 'opportunist' | 'scammer';
  points: number;
  /** When the flag was last set (the person's last change). */
  updatedAt: string;
}

/** People flagged as opportunists or scammers (a `pitch` reply flags its sender), latest first. */
export async function listFlagged(store: Store, ownerId: number): Promise<FlaggedPerson[]> {
  const rows = await store.db
    .selectFrom('people')
    .select(['id', 'first_name', 'last_name', 'profile_url', 'headline', 'flag', 'points', 'updated_at'])
    .where('owner_id', '=', ownerId)
    .where('flag', 'is not', null)
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.flatMap((r) =>
    r.flag === null
      ? []
      : [
          {
            personId: r.id,
            name: `${r.first_name} ${r.last_name}`.trim(),
            profileUrl: r.profile_url,
            headline: r.headline,
            flag: r.flag,
            points: Number(r.points),
            updatedAt: r.updated_at,
          },
        ],
  );
}

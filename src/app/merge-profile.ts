import type { ProfileRecord } from '../core/linkedin-records.js';
import { fullName, positionKey } from '../import/import-keys.js';
import { rowInserter } from '../store/insert-rows.js';
import type { ImportContext } from './import-context.js';

/** Reads Profile.csv (one row: the owner) and returns it; the account is written by `saveOwner`. */
export async function readProfile(ctx: ImportContext): Promise<ProfileRecord | undefined> {
  let profile: ProfileRecord | undefined;
  await ctx.each('profile', async (records) => {
    profile ??= records[0];
  });
  return profile;
}

/**
 * Stores what the export says about the owner on their account, and returns the name and profile URL
 * the summary shows; what this export lacks is taken from the account as earlier imports left it.
 */
export async function saveOwner(
  ctx: ImportContext,
  profile: ProfileRecord | undefined,
  profileUrl: string | undefined,
): Promise<{ name: string; profileUrl: string }> {
  const { trx, ownerId } = ctx;
  const update = {
    ...(profileUrl ? { profile_url: profileUrl } : {}),
    ...(profile
      ? {
          first_name: profile.firstName,
          last_name: profile.lastName,
          headline: profile.headline ?? null,
          summary: profile.summary ?? null,
          websites: JSON.stringify(profile.websites),
          twitter: JSON.stringify(profile.twitterHandles),
        }
      : {}),
  };
  if (Object.keys(update).length > 0) {
    await trx.updateTable('accounts').set(update).where('id', '=', ownerId).execute();
  }
  const account = await trx
    .selectFrom('accounts')
    .select(['first_name', 'last_name', 'profile_url'])
    .where('id', '=', ownerId)
    .executeTakeFirst();
  return {
    name: fullName(account?.first_name ?? '', account?.last_name ?? ''),
    profileUrl: account?.profile_url ?? '',
  };
}

/** The owner's own positions; a position that ended gets its end date (the key ignores it). */
export async function mergePositions(ctx: ImportContext): Promise<void> {
  const upsert = rowInserter(ctx.dialect, {
    table: 'positions',
    columns: [
      'owner_id',
      'position_key',
      'company',
      'title',
      'description',
      'location',
      'started_on',
      'finished_on',
    ],
    onConflict: {
      target: ['owner_id', 'position_key'],
      update: ['company', 'title', 'description', 'location', 'finished_on'],
    },
  });
  await ctx.each('positions', async (records) => {
    const rows = new Map(
      records.map((r) => [
        positionKey(r),
        {
          owner_id: ctx.ownerId,
          position_key: positionKey(r),
          company: r.company,
          title: r.title,
          description: r.description ?? null,
          location: r.location ?? null,
          started_on: r.startedOn ?? null,
          finished_on: r.finishedOn ?? null,
        },
      ]),
    );
    await upsert(ctx.trx, [...rows.values()]);
  });
}

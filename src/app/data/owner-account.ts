import type { Kysely } from 'kysely';
import { notFound } from '../../core/errors.js';
import { ACCOUNT_PROFILE_COLUMNS } from '../../store/owner-tables.js';
import type { Database } from '../../store/schema.js';

export type AccountProfile = Record<(typeof ACCOUNT_PROFILE_COLUMNS)[number], string | null>;

/** The owner's own profile (from Profile.csv and Invitations.csv), as exported. */
export async function ownerAccount(db: Kysely<Database>, ownerId: number): Promise<AccountProfile> {
  return db
    .selectFrom('accounts')
    .select(ACCOUNT_PROFILE_COLUMNS)
    .where('id', '=', ownerId)
    .executeTakeFirstOrThrow(notFound(`account ${ownerId}`));
}

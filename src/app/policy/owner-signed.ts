import type { Policy } from '../../core/policy/index.js';
import type { Store } from '../../store/store.js';

/**
 * The policy with the owner's name from the last Profile.csv imported (`accounts`), so a placeholder
 * signature ("Moi") becomes the user's name in every draft: the terminal's and the web app's.
 */
export async function ownerSigned(
  store: Pick<Store, 'db'>,
  ownerId: number,
  policy: Policy,
): Promise<Policy> {
  const account = await store.db
    .selectFrom('accounts')
    .select(['first_name', 'last_name'])
    .where('id', '=', ownerId)
    .executeTakeFirst();
  const firstName = account?.first_name?.trim() ?? '';
  const lastName = account?.last_name?.trim() ?? '';
  if (!firstName && !lastName) return policy;
  return { ...policy, owner: { firstName, lastName } };
}

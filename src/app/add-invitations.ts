import { sql, type Transaction } from 'kysely';
import { signalsJson } from '../core/classify/stored-classification.js';
import type { TextReader } from '../core/classify/types.js';
import { withinADay } from '../core/close-dates.js';
import { notFound } from '../core/errors.js';
import { normalizeProfileUrl, personKey } from '../core/profile-url.js';
import { fullName, invitationKey, splitName } from '../import/import-keys.js';
import type { ManualInvitation } from '../import/other-network/invitation-row.js';
import type { Database, InvitationSource } from '../store/schema.js';
import type { Store } from '../store/store.js';

export interface AddedInvitation {
  invitationId: number;
  personId: number;
  personKey: string;
  /** Normalised (core/profile-url.ts), or null when only a name was given. */
  profileUrl: string | null;
  /** False when the invitation was already there (pasted twice, or imported from the export). */
  added: boolean;
  /** The note's label (core/classify), as stored. */
  label: string | null;
}

export interface AddOptions {
  source: Exclude<InvitationSource, 'linkedin'>;
  /** Labels the note and detects its language as the invitation is stored (else triage does later). */
  reader?: Pick<TextReader, 'classifyInvitation'> | undefined;
  now?: Date;
}

/**
 * Stores invitations the user pasted or brought from another network, in one transaction: the person
 * under the key an export gives (normalised URL, else the name), the invitation pending. The same
 * invitation twice (same person and direction, dates within a day) stays one row.
 */
export async function addInvitations(
  store: Store,
  ownerId: number,
  inputs: readonly ManualInvitation[],
  options: AddOptions,
): Promise<AddedInvitation[]> {
  const now = (options.now ?? new Date()).toISOString();
  return store.transaction(async (trx) => {
    const owner = await trx
      .selectFrom('accounts')
      .select(['first_name', 'last_name'])
      .where('id', '=', ownerId)
      .executeTakeFirstOrThrow(notFound(`account ${ownerId}`));
    const ownerName = fullName(owner.first_name ?? '', owner.last_name ?? '');
    const results: AddedInvitation[] = [];
    for (const input of inputs) {
      results.push(await addOne(trx, ownerId, ownerName, input, options, now));
    }
    return results;
  });
}

async function addOne(
  trx: Transaction<Database>,
  ownerId: number,
  ownerName: string,
  input: ManualInvitation,
  { source, reader }: AddOptions,
  now: string,
): Promise<AddedInvitation> {
  // Normalised again: callers other than the readers (the web form) pass what the user pasted.
  const profileUrl =
    input.profileUrl === undefined ? undefined : (normalizeProfileUrl(input.profileUrl) ?? input.profileUrl);
  const key = personKey(profileUrl, input.name);
  const { id: personId } = await trx
    .insertInto('people')
    .values({
      owner_id: ownerId,
      person_key: key,
      profile_url: profileUrl ?? null,
      ...splitNames(input.name),
      headline: input.headline ?? null,
      network: input.network,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['owner_id', 'person_key']).doUpdateSet({
        // What is known stays; a pasted headline fills a gap.
        headline: sql`coalesce(people.headline, excluded.headline)`,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  const sentAt = input.sentAt ?? now.slice(0, 19);
  const existing = await trx
    .selectFrom('invitations')
    .select(['id', 'sent_at', 'label'])
    .where('owner_id', '=', ownerId)
    .where('person_id', '=', personId)
    .where('direction', '=', input.direction)
    .execute();
  const same = existing.find((row) => withinADay(row.sent_at, sentAt));
  const person = { personId, personKey: key, profileUrl: profileUrl ?? null };
  if (same) return { invitationId: same.id, ...person, added: false, label: same.label };
  const incoming = input.direction === 'incoming';
  const read = reader?.classifyInvitation(input.note);
  const { id } = await trx
    .insertInto('invitations')
    .values({
      owner_id: ownerId,
      invitation_key: invitationKey(input.direction, key, sentAt),
      person_id: personId,
      direction: input.direction,
      from_name: incoming ? input.name : ownerName,
      to_name: incoming ? ownerName : input.name,
      sent_at: sentAt,
      note: input.note,
      source,
      network: input.network,
      label: read?.label ?? null,
      label_confidence: read?.confidence ?? null,
      lang: read?.lang ?? null,
      signals: read ? signalsJson(read) : null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { invitationId: id, ...person, added: true, label: read?.label ?? null };
}

function splitNames(name: string): { first_name: string; last_name: string } {
  const { firstName, lastName } = splitName(name);
  return { first_name: firstName, last_name: lastName };
}

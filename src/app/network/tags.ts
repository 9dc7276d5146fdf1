import { StrongtiesError } from '../../core/errors.js';
import { normalizeProfileUrl } from '../../core/profile-url.js';
import type { Store } from '../../store/store.js';
import { newBatch, writeLog } from '../changes/change-log.js';

/** The person a profile URL names, among the owner's people. */
export async function findPersonByUrl(store: Store, ownerId: number, url: string): Promise<number> {
  const profileUrl = normalizeProfileUrl(url);
  if (profileUrl === undefined) throw new StrongtiesError('invalid-input', `not a profile URL: ${url}`);
  const person = await store.db
    .selectFrom('people')
    .select('id')
    .where('owner_id', '=', ownerId)
    .where('profile_url', '=', profileUrl)
    .executeTakeFirst();
  if (!person) throw new StrongtiesError('not-found', `nobody with the profile ${profileUrl}`);
  return person.id;
}

const cleanTags = (tags: readonly string[]): string[] => [
  ...new Set(tags.map((t) => t.trim()).filter((t) => t !== '')),
];

/** Adds tags to a person (a tag already there stays once), logged; returns the person's tags. */
export async function tagPerson(
  store: Store,
  ownerId: number,
  url: string,
  tags: readonly string[],
  now: Date = new Date(),
): Promise<string[]> {
  const personId = await findPersonByUrl(store, ownerId, url);
  await setPersonTags(store, ownerId, personId, { add: tags }, now);
  return personTags(store, ownerId, personId);
}

export async function untagPerson(
  store: Store,
  ownerId: number,
  url: string,
  tags: readonly string[],
  now: Date = new Date(),
): Promise<string[]> {
  const personId = await findPersonByUrl(store, ownerId, url);
  await setPersonTags(store, ownerId, personId, { remove: tags }, now);
  return personTags(store, ownerId, personId);
}

/**
 * Adds and removes a person's tags in one transaction with one log entry (the rows removed as they
 * were, the rows added by key), so that undo puts the tags back. Returns the batch, null when nothing
 * changed.
 */
export async function setPersonTags(
  store: Store,
  ownerId: number,
  personId: number,
  edit: { add?: readonly string[]; remove?: readonly string[] },
  now: Date = new Date(),
): Promise<string | null> {
  return store.transaction(async (trx) => {
    const person = await trx
      .selectFrom('people')
      .select(['first_name', 'last_name'])
      .where('owner_id', '=', ownerId)
      .where('id', '=', personId)
      .executeTakeFirst();
    if (!person) throw new StrongtiesError('not-found', `no person ${personId}`);
    const had = new Set(
      (
        await trx
          .selectFrom('tags')
          .select('tag')
          .where('owner_id', '=', ownerId)
          .where('person_id', '=', personId)
          .execute()
      ).map((r) => r.tag),
    );
    const add = cleanTags(edit.add ?? []).filter((t) => !had.has(t));
    const remove = cleanTags(edit.remove ?? []).filter((t) => had.has(t) && !add.includes(t));
    if (add.length === 0 && remove.length === 0) return null;
    const row = (tag: string) => ({ owner_id: ownerId, person_id: personId, tag });
    if (add.length > 0) await trx.insertInto('tags').values(add.map(row)).execute();
    if (remove.length > 0)
      await trx
        .deleteFrom('tags')
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', personId)
        .where('tag', 'in', remove)
        .execute();
    const batch = newBatch();
    const words = [...add.map((t) => `+${t}`), ...remove.map((t) => `-${t}`)].join(' ');
    await writeLog(trx, store.dialect, ownerId, batch, now.toISOString(), [
      {
        kind: 'tag',
        personId,
        invitationId: null,
        summary: `tags of ${person.first_name} ${person.last_name}: ${words}`.replace(/ {2,}/g, ' '),
        before: remove.length > 0 ? { tags: remove.map(row) } : {},
        created: add.length > 0 ? { tags: add.map(row) } : {},
        after: { added: add, removed: remove },
      },
    ]);
    return batch;
  });
}

export async function personTags(store: Store, ownerId: number, personId: number): Promise<string[]> {
  const rows = await store.db
    .selectFrom('tags')
    .select('tag')
    .where('owner_id', '=', ownerId)
    .where('person_id', '=', personId)
    .orderBy('tag')
    .execute();
  return rows.map((r) => r.tag);
}

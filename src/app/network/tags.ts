import { StrongtiesError } from '../../core/errors.js';
import { normalizeProfileUrl } from '../../core/profile-url.js';
import type { Store } from '../../store/store.js';

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

/** Adds tags to a person (a tag already there stays once); returns the person's tags. */
export async function tagPerson(
  store: Store,
  ownerId: number,
  url: string,
  tags: readonly string[],
): Promise<string[]> {
  const personId = await findPersonByUrl(store, ownerId, url);
  const wanted = cleanTags(tags);
  if (wanted.length > 0) {
    await store.db
      .insertInto('tags')
      .values(wanted.map((tag) => ({ owner_id: ownerId, person_id: personId, tag })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return personTags(store, ownerId, personId);
}

export async function untagPerson(
  store: Store,
  ownerId: number,
  url: string,
  tags: readonly string[],
): Promise<string[]> {
  const personId = await findPersonByUrl(store, ownerId, url);
  const wanted = cleanTags(tags);
  if (wanted.length > 0) {
    await store.db
      .deleteFrom('tags')
      .where('owner_id', '=', ownerId)
      .where('person_id', '=', personId)
      .where('tag', 'in', wanted)
      .execute();
  }
  return personTags(store, ownerId, personId);
}

async function personTags(store: Store, ownerId: number, personId: number): Promise<string[]> {
  const rows = await store.db
    .selectFrom('tags')
    .select('tag')
    .where('owner_id', '=', ownerId)
    .where('person_id', '=', personId)
    .orderBy('tag')
    .execute();
  return rows.map((r) => r.tag);
}

import type { Transaction } from 'kysely';
import { StrongtiesError } from '../../core/errors.js';
import { personReplacer } from '../../core/person-spellings.js';
import { foldName, normalizeProfileUrl, personKey } from '../../core/profile-url.js';
import { fullName } from '../../import/import-keys.js';
import { commitErasure, containsText, finishErasure } from '../../store/erase-traces.js';
import { OWNER_TABLES, type OwnerTable } from '../../store/owner-tables.js';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import { type ErasureSummary, emptySummary } from './erasure-summary.js';
import { type AnyDb, untyped } from './owner-rows.js';
import { scrubOwnerRows } from './scrub-rows.js';

/** What stands in for a blanked name or URL in someone else's text. */
export const FORGOTTEN = '[forgotten]';
const IN_CHUNK = 500;

interface Forgotten {
  id: number;
  url: string | null;
  name: string;
  emails: string[];
  /** Folded companies of their connection rows: what joins a recommendation to them among namesakes. */
  companies: Set<string>;
  /** Other people with the same name: the name alone cannot tell them apart. */
  namesakes: number[];
}

/** Finds a person by profile URL (any form LinkedIn or a user writes it), person key, or exact name. */
export function forgetKey(target: string): string {
  if (target.startsWith('name:')) return target;
  return personKey(normalizeProfileUrl(target), target);
}

/**
 * Removes one person and every row about them, through the registry: rows that reference them (and
 * rows that reference those), messages they sent or received, recommendations under their name.
 * Tables whose registry entry says `tombstone` keep the row without personal data. Every spelling of
 * their URL, e-mail and name is blanked in every text left, the change log's stored states included
 * (so undo cannot bring them back). On SQLite no byte of the removed rows stays in the file, and an
 * erasure killed after its commit is finished by the next `openStore`.
 */
export async function forgetPerson(store: Store, ownerId: number, target: string): Promise<ErasureSummary> {
  const summary = await forgetRows(store, ownerId, target);
  await finishErasure(store.db, store.dialect);
  return summary;
}

/** The erasure's transaction; the files' scrub (`finishErasure`) is left pending on SQLite. */
export async function forgetRows(store: Store, ownerId: number, target: string): Promise<ErasureSummary> {
  return commitErasure(store, async (trx) => {
    const person = await findPerson(trx, ownerId, target);
    const summary = emptySummary();
    const db = untyped(trx);
    const doomed = await collectRowsAbout(trx, db, store.dialect, ownerId, person, summary);
    for (const table of [...OWNER_TABLES].reverse()) {
      const n = await eraseRows(db, table, ownerId, doomed);
      if (n > 0) summary[table.forget === 'delete' ? 'removed' : 'tombstoned'][table.name] = n;
    }
    // A shared name would blank the namesakes too: then only the URL and e-mail are blanked.
    const replace = personReplacer(
      {
        name: person.namesakes.length === 0 ? person.name : undefined,
        url: person.url,
        emails: person.emails,
      },
      FORGOTTEN,
    );
    summary.scrubbed = await scrubOwnerRows(trx, ownerId, doomed, replace);
    if (person.namesakes.length > 0) summary.namesakes = person.namesakes.length;
    return summary;
  });
}

/** URL, person key or e-mail name one person; a name may name several, and then the user chooses. */
async function findPerson(trx: Transaction<Database>, ownerId: number, target: string): Promise<Forgotten> {
  const people = await trx
    .selectFrom('people')
    .select(['id', 'person_key', 'profile_url', 'first_name', 'last_name'])
    .where('owner_id', '=', ownerId)
    .execute();
  const nameOf = (p: (typeof people)[number]) => fullName(p.first_name, p.last_name);
  const trimmed = target.trim();
  let found: (typeof people)[number] | undefined;
  if (trimmed.includes('@') && !trimmed.includes('/')) {
    const row = await trx
      .selectFrom('connections')
      .select('person_id')
      .where('owner_id', '=', ownerId)
      .where((eb) => eb(eb.fn('lower', ['email']), '=', trimmed.toLowerCase()))
      .executeTakeFirst();
    found = people.find((p) => p.id === row?.person_id);
  } else if (trimmed.startsWith('name:') || /[/.]/.test(trimmed)) {
    const key = forgetKey(trimmed);
    found = people.find((p) => p.person_key === key);
  } else {
    const folded = foldName(trimmed);
    const named = people.filter((p) => foldName(nameOf(p)) === folded);
    if (named.length > 1) {
      const choices = named.map((p) => p.profile_url ?? p.person_key).join(', ');
      throw new StrongtiesError(
        'ambiguous',
        `${named.length} people are named ${trimmed}: ${choices}. Give the profile URL of the one to forget.`,
      );
    }
    found = named[0];
  }
  if (found === undefined) throw new StrongtiesError('not-found', `no person ${target} in your data`);
  const person = found;
  const connections = await trx
    .selectFrom('connections')
    .select(['email', 'company'])
    .where('owner_id', '=', ownerId)
    .where('person_id', '=', person.id)
    .execute();
  const folded = foldName(nameOf(person));
  return {
    id: person.id,
    url: person.profile_url,
    name: nameOf(person),
    emails: connections.flatMap((c) => (c.email ? [c.email] : [])),
    companies: new Set(connections.flatMap((c) => (c.company ? [foldName(c.company)] : []))),
    namesakes: people.filter((p) => p.id !== person.id && foldName(nameOf(p)) === folded).map((p) => p.id),
  };
}

/** The ids of the rows about the person, per table with ids (parents first, so refs follow). */
async function collectRowsAbout(
  trx: Transaction<Database>,
  db: AnyDb,
  dialect: Store['dialect'],
  ownerId: number,
  person: Forgotten,
  summary: ErasureSummary,
): Promise<Map<string, Set<number>>> {
  const doomed = new Map<string, Set<number>>([['people', new Set([person.id])]]);
  for (const table of OWNER_TABLES) {
    if (!table.id || table.name === 'people') continue;
    const ids = new Set<number>();
    for (const [column, target] of Object.entries(table.refs)) {
      for (const chunk of chunks(doomed.get(target))) {
        const rows = await db
          .selectFrom(table.name)
          .select('id')
          .where('owner_id', '=', ownerId)
          .where(column, 'in', chunk)
          .execute();
        for (const r of rows) ids.add(Number(r.id));
      }
    }
    for (const id of await aboutPerson(trx, dialect, table, ownerId, person, summary)) ids.add(id);
    doomed.set(table.name, ids);
  }
  return doomed;
}

async function aboutPerson(
  trx: Transaction<Database>,
  dialect: Store['dialect'],
  table: OwnerTable,
  ownerId: number,
  person: Forgotten,
  summary: ErasureSummary,
): Promise<number[]> {
  if (table.about === 'message-party' && person.url !== null) {
    const url = person.url;
    const rows = await trx
      .selectFrom('messages')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where((eb) =>
        eb.or([
          eb('sender_profile_url', '=', url),
          containsText(dialect, 'recipient_profile_urls', JSON.stringify(url)),
        ]),
      )
      .execute();
    return rows.map((r) => r.id);
  }
  if (table.about === 'recommendation-name') {
    const folded = foldName(person.name);
    const rows = await trx
      .selectFrom('recommendations')
      .select(['id', 'first_name', 'last_name', 'company'])
      .where('owner_id', '=', ownerId)
      .execute();
    const named = rows.filter((r) => foldName(fullName(r.first_name, r.last_name)) === folded);
    if (person.namesakes.length === 0) return named.map((r) => r.id);
    // Recommendations carry a name, not a URL: among namesakes only the company the import joined
    // to this person's connection tells whose it is; the others are kept and counted.
    const namesakeCompanies = await trx
      .selectFrom('connections')
      .select('company')
      .where('owner_id', '=', ownerId)
      .where('person_id', 'in', person.namesakes)
      .execute();
    const theirs = new Set(namesakeCompanies.flatMap((c) => (c.company ? [foldName(c.company)] : [])));
    const companyOf = (r: (typeof named)[number]) => (r.company ? foldName(r.company) : '');
    const hers = named.filter((r) => person.companies.has(companyOf(r)) && !theirs.has(companyOf(r)));
    const namesakes = named.filter((r) => theirs.has(companyOf(r)) && !person.companies.has(companyOf(r)));
    const unknown = named.length - hers.length - namesakes.length;
    if (unknown > 0) summary.ambiguous = { ...summary.ambiguous, recommendations: unknown };
    return hers.map((r) => r.id);
  }
  return [];
}

async function eraseRows(db: AnyDb, table: OwnerTable, ownerId: number, doomed: Map<string, Set<number>>) {
  let n = 0;
  if (!table.id) {
    // Rows without an id belong to the person through their refs only.
    for (const [column, target] of Object.entries(table.refs)) {
      for (const chunk of chunks(doomed.get(target))) {
        const result = await db
          .deleteFrom(table.name)
          .where('owner_id', '=', ownerId)
          .where(column, 'in', chunk)
          .executeTakeFirst();
        n += Number(result.numDeletedRows);
      }
    }
    return n;
  }
  for (const chunk of chunks(doomed.get(table.name))) {
    if (table.forget === 'delete') {
      const result = await db
        .deleteFrom(table.name)
        .where('owner_id', '=', ownerId)
        .where('id', 'in', chunk)
        .executeTakeFirst();
      n += Number(result.numDeletedRows);
    } else {
      const cleared = Object.fromEntries(Object.keys(table.refs).map((column) => [column, null]));
      const result = await db
        .updateTable(table.name)
        .set({ ...cleared, ...table.forget.tombstone })
        .where('owner_id', '=', ownerId)
        .where('id', 'in', chunk)
        .executeTakeFirst();
      n += Number(result.numUpdatedRows);
    }
  }
  return n;
}

function* chunks(ids: Set<number> | undefined): Generator<number[]> {
  const all = [...(ids ?? [])];
  for (let i = 0; i < all.length; i += IN_CHUNK) yield all.slice(i, i + IN_CHUNK);
}

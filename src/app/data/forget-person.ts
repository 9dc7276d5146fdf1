import { sql, type Transaction } from 'kysely';
import { StrongtiesError } from '../../core/errors.js';
import { foldName, normalizeProfileUrl, personKey } from '../../core/profile-url.js';
import { fullName } from '../../import/import-keys.js';
import { containsText, withErasedTraces } from '../../store/erase-traces.js';
import { OWNER_TABLES, type OwnerTable } from '../../store/owner-tables.js';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import { type ErasureSummary, emptySummary } from './erasure-summary.js';
import { type AnyDb, untyped } from './owner-rows.js';

/** What stands in for a blanked name or URL in someone else's text. */
export const FORGOTTEN = '[forgotten]';
const IN_CHUNK = 500;

interface Forgotten {
  id: number;
  url: string | null;
  name: string;
}

/** Finds a person by profile URL (any form LinkedIn or a user writes it), person key, or exact name. */
export function forgetKey(target: string): string {
  if (target.startsWith('name:')) return target;
  return personKey(normalizeProfileUrl(target), target);
}

/**
 * Removes one person and every row about them, through the registry: rows that reference them (and
 * rows that reference those), messages they sent or received, recommendations under their name.
 * Tables whose registry entry says `tombstone` keep the row without personal data. Their name and URL
 * are blanked in the text of rows about others. On SQLite no byte of the removed rows stays in the file.
 */
export async function forgetPerson(store: Store, ownerId: number, target: string): Promise<ErasureSummary> {
  return withErasedTraces(store, () =>
    store.transaction(async (trx) => {
      const row = await trx
        .selectFrom('people')
        .select(['id', 'profile_url', 'first_name', 'last_name'])
        .where('owner_id', '=', ownerId)
        .where('person_key', '=', forgetKey(target))
        .executeTakeFirst();
      if (row === undefined) throw new StrongtiesError('not-found', `no person ${target} in your data`);
      const person: Forgotten = {
        id: row.id,
        url: row.profile_url,
        name: fullName(row.first_name, row.last_name),
      };
      const summary = emptySummary();
      const db = untyped(trx);
      const doomed = await collectRowsAbout(trx, db, store.dialect, ownerId, person);
      for (const table of [...OWNER_TABLES].reverse()) {
        const n = await eraseRows(db, table, ownerId, doomed);
        if (n > 0) summary[table.forget === 'delete' ? 'removed' : 'tombstoned'][table.name] = n;
      }
      for (const table of OWNER_TABLES) {
        const n = await scrubMentions(db, store.dialect, table, ownerId, person);
        if (n > 0) summary.scrubbed[table.name] = n;
      }
      return summary;
    }),
  );
}

/** The ids of the rows about the person, per table with ids (parents first, so refs follow). */
async function collectRowsAbout(
  trx: Transaction<Database>,
  db: AnyDb,
  dialect: Store['dialect'],
  ownerId: number,
  person: Forgotten,
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
    for (const id of await aboutPerson(trx, dialect, table, ownerId, person)) ids.add(id);
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
      .select(['id', 'first_name', 'last_name'])
      .where('owner_id', '=', ownerId)
      .execute();
    return rows.filter((r) => foldName(fullName(r.first_name, r.last_name)) === folded).map((r) => r.id);
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

async function scrubMentions(
  db: AnyDb,
  dialect: Store['dialect'],
  table: OwnerTable,
  ownerId: number,
  person: Forgotten,
) {
  const needles = [person.url, person.name].filter((s): s is string => s !== null && s.length >= 3);
  let n = 0;
  for (const column of table.mentions ?? []) {
    for (const needle of needles) {
      const result = await db
        .updateTable(table.name)
        .set({ [column]: sqlReplace(column, needle) })
        .where('owner_id', '=', ownerId)
        .where(containsText(dialect, column, needle))
        .executeTakeFirst();
      n += Number(result.numUpdatedRows);
    }
  }
  return n;
}

const sqlReplace = (column: string, needle: string) =>
  sql<string>`replace(${sql.ref(column)}, ${needle}, ${FORGOTTEN})`;

function* chunks(ids: Set<number> | undefined): Generator<number[]> {
  const all = [...(ids ?? [])];
  for (let i = 0; i < all.length; i += IN_CHUNK) yield all.slice(i, i + IN_CHUNK);
}

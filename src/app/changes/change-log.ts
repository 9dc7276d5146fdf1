import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DialectName } from '../../store/dialect.js';
import { rowInserter } from '../../store/insert-rows.js';
import type { Database } from '../../store/schema.js';
import { rowUpdater } from '../../store/update-rows.js';

/**
 * The one change log of every change the user makes (triage, drafts, the outbox, replies, tags,
 * segments, the network review, person edits): `ties log`, `ties undo` and the web app's undo read it.
 *
 * Two kinds of tables: rows with an `id` are restored by id; rows known by a key (a tag is a person
 * and a word, a segment its name) are restored by deleting the key and inserting the row as it was.
 */
export const ID_TABLES = ['invitations', 'people', 'decisions', 'drafts', 'replies', 'connections'] as const;
export const KEYED_TABLES = { tags: ['person_id', 'tag'], segments: ['name'] } as const;
export type IdTable = (typeof ID_TABLES)[number];
export type KeyedTable = keyof typeof KEYED_TABLES;
export type LoggedTable = IdTable | KeyedTable;

/** Rows as they were before a change, whole, by table (a keyed table: the rows it removed or replaced). */
export type Snapshot = Partial<Record<LoggedTable, Record<string, unknown>[]>>;
/**
 * What a change created: ids for `decisions`, `drafts`, `replies` (undo removes them, marks decisions
 * undone), key rows for keyed tables (undo deletes them).
 */
export type Created = Partial<Record<'decisions' | 'drafts' | 'replies', number[]>> &
  Partial<Record<KeyedTable, Record<string, unknown>[]>>;

export interface Change {
  kind: string;
  personId: number | null;
  invitationId: number | null;
  summary: string;
  before: Snapshot;
  created: Created;
  /** What changed, for the log's reader (not needed by undo). */
  after?: Record<string, unknown>;
}

/** What made a batch, when it is not one action of the user: `ties triage --auto`, an import. */
export type ChangeOrigin = 'auto' | 'import';

export const newBatch = (): string => randomUUID();

/** Reads rows whole so that undo can put every column back. */
export async function snapshotRows(
  trx: Transaction<Database>,
  table: IdTable,
  ids: readonly number[],
): Promise<Record<string, unknown>[]> {
  if (ids.length === 0) return [];
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    // biome-ignore lint/suspicious/noExplicitAny: one code path for every logged table.
    const found = await (trx as any).selectFrom(table).selectAll().where('id', 'in', chunk).execute();
    rows.push(...(found as Record<string, unknown>[]));
  }
  return rows;
}

const LOG_COLUMNS = [
  'owner_id',
  'batch',
  'at',
  'kind',
  'person_id',
  'invitation_id',
  'summary',
  'before_state',
  'after_state',
  'origin',
] as const;

/**
 * **Invariant:** every state change writes its log entry in the same transaction, with the rows it
 * changed as they were and what it created — all undo needs.
 */
export async function writeLog(
  trx: Transaction<Database>,
  dialect: DialectName,
  ownerId: number,
  batch: string,
  at: string,
  changes: readonly Change[],
  origin: ChangeOrigin | null = null,
): Promise<void> {
  const insert = rowInserter(dialect, {
    table: 'change_log',
    columns: LOG_COLUMNS,
    onConflict: { target: ['id'], keep: true },
  });
  await insert(
    trx,
    changes.map((c) => ({
      owner_id: ownerId,
      batch,
      at,
      kind: c.kind,
      person_id: c.personId,
      invitation_id: c.invitationId,
      summary: c.summary,
      before_state: JSON.stringify(c.before),
      after_state: JSON.stringify({ created: c.created, ...(c.after && { changed: c.after }) }),
      origin,
    })),
  );
}

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / 5000) }, (_, i) => items.slice(i * 5000, i * 5000 + 5000));

/** Deletes an owner's keyed rows, one statement per row (a tag edit or a segment: a handful). */
async function deleteKeyed(
  trx: Transaction<Database>,
  ownerId: number,
  table: KeyedTable,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  for (const row of rows) {
    // biome-ignore lint/suspicious/noExplicitAny: one code path for every keyed table.
    let query = (trx as any).deleteFrom(table).where('owner_id', '=', ownerId);
    for (const column of KEYED_TABLES[table]) query = query.where(column, '=', row[column]);
    await query.execute();
  }
}

/**
 * Puts a batch's rows back as they were: restores changed rows, removes created drafts, replies and
 * keyed rows, marks created decisions undone (they stay as history). A row changed twice in one batch
 * takes its oldest snapshot. Returns how many rows it touched.
 */
export async function revertChanges(
  trx: Transaction<Database>,
  dialect: DialectName,
  ownerId: number,
  entries: readonly { before: Snapshot; created: Created }[],
  at: string,
): Promise<number> {
  const oldest = new Map<IdTable, Map<unknown, Record<string, unknown>>>();
  const created = { decisions: [] as number[], drafts: [] as number[], replies: [] as number[] };
  let count = 0;
  // Newest entry first, so that a keyed row ends as the oldest snapshot says.
  for (const entry of [...entries].reverse()) {
    for (const table of Object.keys(KEYED_TABLES) as KeyedTable[]) {
      const added = entry.created[table] ?? [];
      // A row whose person was forgotten since (a ref restored as null) has nothing to come back to.
      const removed = (entry.before[table] ?? []).filter((r) =>
        KEYED_TABLES[table].every((c) => r[c] !== null && r[c] !== undefined),
      );
      await deleteKeyed(trx, ownerId, table, [...added, ...removed]);
      if (removed.length > 0)
        // biome-ignore lint/suspicious/noExplicitAny: one code path for every keyed table.
        await (trx as any)
          .insertInto(table)
          .values(removed.map((r) => ({ ...r, owner_id: ownerId })))
          .execute();
      count += added.length + removed.length;
    }
  }
  for (const entry of entries) {
    for (const table of ID_TABLES) {
      const byId = oldest.get(table) ?? new Map<unknown, Record<string, unknown>>();
      oldest.set(table, byId);
      for (const row of entry.before[table] ?? []) if (!byId.has(row['id'])) byId.set(row['id'], row);
    }
    for (const key of ['decisions', 'drafts', 'replies'] as const)
      created[key].push(...(entry.created[key] ?? []));
  }
  for (const ids of chunks(created.drafts)) await trx.deleteFrom('drafts').where('id', 'in', ids).execute();
  for (const ids of chunks(created.replies)) await trx.deleteFrom('replies').where('id', 'in', ids).execute();
  for (const ids of chunks(created.decisions))
    await trx.updateTable('decisions').set({ undone_at: at }).where('id', 'in', ids).execute();
  count += created.drafts.length + created.replies.length + created.decisions.length;
  for (const table of ID_TABLES) {
    const rows = [...(oldest.get(table)?.values() ?? [])];
    const first = rows[0];
    if (!first) continue;
    // A created row may also have been snapshotted later in the batch; it is gone now.
    const live =
      table === 'drafts' || table === 'replies'
        ? rows.filter((r) => !created[table].includes(r['id'] as number))
        : rows;
    await rowUpdater(
      dialect,
      table,
      Object.keys(first).filter((c) => c !== 'id'),
    )(trx, live);
    count += live.length;
  }
  return count;
}

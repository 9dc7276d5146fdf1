import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DialectName } from '../../store/dialect.js';
import { rowInserter } from '../../store/insert-rows.js';
import type { Database } from '../../store/schema.js';
import { rowUpdater } from '../../store/update-rows.js';

/** The tables a triage change may touch; undo restores them from the log alone. */
export const LOGGED_TABLES = ['invitations', 'people', 'decisions', 'drafts', 'replies'] as const;
export type LoggedTable = (typeof LOGGED_TABLES)[number];

/** Rows as they were before a change, whole, by table. */
export type Snapshot = Partial<Record<LoggedTable, Record<string, unknown>[]>>;
/** Ids of the rows a change created, by table. */
export type Created = Partial<Record<'decisions' | 'drafts' | 'replies', number[]>>;

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

export const newBatch = (): string => randomUUID();

/** Reads rows whole so that undo can put every column back. */
export async function snapshotRows(
  trx: Transaction<Database>,
  table: LoggedTable,
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
] as const;

/**
 * **Invariant:** every state change of triage writes its log entry in the same transaction, with
 * the rows it changed as they were and the ids it created — all undo needs.
 */
export async function writeLog(
  trx: Transaction<Database>,
  dialect: DialectName,
  ownerId: number,
  batch: string,
  at: string,
  changes: readonly Change[],
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
    })),
  );
}

/**
 * Puts a batch's rows back as they were: restores changed rows, removes created drafts and replies,
 * marks created decisions undone (they stay as history). A row changed twice in one batch takes its
 * oldest snapshot. Returns how many rows it touched.
 */
export async function revertChanges(
  trx: Transaction<Database>,
  dialect: DialectName,
  entries: readonly { before: Snapshot; created: Created }[],
  at: string,
): Promise<number> {
  const oldest = new Map<LoggedTable, Map<unknown, Record<string, unknown>>>();
  const created = { decisions: [] as number[], drafts: [] as number[], replies: [] as number[] };
  for (const entry of entries) {
    for (const table of LOGGED_TABLES) {
      const byId = oldest.get(table) ?? new Map<unknown, Record<string, unknown>>();
      oldest.set(table, byId);
      for (const row of entry.before[table] ?? []) if (!byId.has(row['id'])) byId.set(row['id'], row);
    }
    for (const key of ['decisions', 'drafts', 'replies'] as const)
      created[key].push(...(entry.created[key] ?? []));
  }
  const chunks = (ids: number[]) =>
    Array.from({ length: Math.ceil(ids.length / 5000) }, (_, i) => ids.slice(i * 5000, i * 5000 + 5000));
  for (const ids of chunks(created.drafts)) await trx.deleteFrom('drafts').where('id', 'in', ids).execute();
  for (const ids of chunks(created.replies)) await trx.deleteFrom('replies').where('id', 'in', ids).execute();
  for (const ids of chunks(created.decisions))
    await trx.updateTable('decisions').set({ undone_at: at }).where('id', 'in', ids).execute();
  let count = created.drafts.length + created.replies.length + created.decisions.length;
  for (const table of LOGGED_TABLES) {
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

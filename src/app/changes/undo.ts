import type { Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import { type Created, newBatch, revertChanges, type Snapshot, writeLog } from './change-log.js';
import type { UndoPreview, UndoResult } from './types.js';

/** The batch `undo` would take back: the one named, else the owner's latest that is not undone. */
async function findBatch(
  trx: Transaction<Database>,
  ownerId: number,
  batch: string | undefined,
): Promise<UndoPreview | null> {
  let query = trx
    .selectFrom('change_log')
    .select(['batch', 'kind', 'summary', 'at', 'origin'])
    .where('owner_id', '=', ownerId)
    .where('undone_at', 'is', null)
    .where('kind', '!=', 'undo');
  if (batch !== undefined) query = query.where('batch', '=', batch);
  const last = await query.orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!last) return null;
  const { count } = await trx
    .selectFrom('change_log')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('owner_id', '=', ownerId)
    .where('batch', '=', last.batch)
    .executeTakeFirstOrThrow();
  const changes = Number(count);
  return {
    batch: last.batch,
    kind: last.kind,
    summary: changes === 1 ? last.summary : `${last.kind} × ${changes}`,
    entries: changes,
    at: last.at,
    origin: last.origin === 'auto' || last.origin === 'import' ? last.origin : null,
  };
}

/** What `undo` would take back, without taking it back: the web app asks before an older or batch undo. */
export async function previewUndo(
  store: Store,
  ownerId: number,
  batch?: string | undefined,
): Promise<UndoPreview | null> {
  return store.transaction((trx) => findBatch(trx, ownerId, batch));
}

/**
 * Takes back one batch (one key, one `--auto` run, one reply, one edit): the one named, else the
 * owner's latest that is not undone, restoring every row it changed exactly as it was. Writes an
 * `undo` entry; returns null when there is nothing (left) to undo.
 */
export async function undoBatch(
  store: Store,
  ownerId: number,
  batch?: string | undefined,
  now: Date = new Date(),
): Promise<UndoResult | null> {
  const at = now.toISOString();
  return store.transaction(async (trx) => {
    const found = await findBatch(trx, ownerId, batch);
    if (!found) return null;
    const entries = await trx
      .selectFrom('change_log')
      .select(['id', 'before_state', 'after_state', 'person_id', 'invitation_id'])
      .where('owner_id', '=', ownerId)
      .where('batch', '=', found.batch)
      .orderBy('id', 'asc')
      .execute();
    const changes = await revertChanges(
      trx,
      store.dialect,
      ownerId,
      entries.map((e) => ({
        before: JSON.parse(e.before_state) as Snapshot,
        created: (JSON.parse(e.after_state) as { created: Created }).created,
      })),
      at,
    );
    await trx
      .updateTable('change_log')
      .set({ undone_at: at })
      .where('owner_id', '=', ownerId)
      .where('batch', '=', found.batch)
      .execute();
    const only = entries.length === 1 ? entries[0] : undefined;
    await writeLog(trx, store.dialect, ownerId, newBatch(), at, [
      {
        kind: 'undo',
        personId: only?.person_id ?? null,
        invitationId: only?.invitation_id ?? null,
        summary: `undo: ${found.summary}`,
        before: {},
        created: {},
        after: { batch: found.batch },
      },
    ]);
    return {
      batch: found.batch,
      kind: found.kind,
      summary: found.summary,
      changes,
      invitationId: only?.invitation_id ?? null,
      personId: only?.person_id ?? null,
    };
  });
}

/** `ties undo`: takes back the owner's latest change, whatever made it. */
export const undoLast = (store: Store, ownerId: number, now: Date = new Date()): Promise<UndoResult | null> =>
  undoBatch(store, ownerId, undefined, now);

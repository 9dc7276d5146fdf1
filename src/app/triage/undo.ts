import type { Store } from '../../store/store.js';
import { type Created, newBatch, revertChanges, type Snapshot, writeLog } from './change-log.js';
import type { UndoResult } from './types.js';

/**
 * Takes back the owner's latest change that is not undone (a whole batch: one key, one `--auto`
 * run, one reply), restoring every row it changed exactly as it was. Writes an `undo` entry; returns
 * null when there is nothing left to undo.
 */
export async function undoLast(
  store: Store,
  ownerId: number,
  now: Date = new Date(),
): Promise<UndoResult | null> {
  const at = now.toISOString();
  return store.transaction(async (trx) => {
    const last = await trx
      .selectFrom('change_log')
      .select(['batch', 'kind', 'summary'])
      .where('owner_id', '=', ownerId)
      .where('undone_at', 'is', null)
      .where('kind', '!=', 'undo')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!last) return null;
    const entries = await trx
      .selectFrom('change_log')
      .select(['id', 'before_state', 'after_state', 'person_id', 'invitation_id'])
      .where('owner_id', '=', ownerId)
      .where('batch', '=', last.batch)
      .orderBy('id', 'asc')
      .execute();
    const changes = await revertChanges(
      trx,
      store.dialect,
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
      .where('batch', '=', last.batch)
      .execute();
    const only = entries.length === 1 ? entries[0] : undefined;
    const summary = entries.length === 1 ? last.summary : `${last.kind} × ${entries.length}`;
    await writeLog(trx, store.dialect, ownerId, newBatch(), at, [
      {
        kind: 'undo',
        personId: only?.person_id ?? null,
        invitationId: only?.invitation_id ?? null,
        summary: `undo: ${summary}`,
        before: {},
        created: {},
        after: { batch: last.batch },
      },
    ]);
    return {
      batch: last.batch,
      kind: last.kind,
      summary,
      changes,
      invitationId: only?.invitation_id ?? null,
    };
  });
}

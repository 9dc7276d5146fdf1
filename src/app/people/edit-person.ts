import { StrongtiesError } from '../../core/errors.js';
import type { Store } from '../../store/store.js';
import { newBatch, snapshotRows, writeLog } from '../changes/change-log.js';

/** What the user may change about a person by hand (the columns an import never writes). */
export interface PersonEdit {
  notes?: string | null | undefined;
  metInPerson?: boolean | undefined;
  exchangedInGroup?: boolean | undefined;
  flag?: 'opportunist' | 'scammer' | null | undefined;
}

const NOTES_LIMIT = 20_000;

/**
 * Changes what the user knows about a person, in one transaction with one log entry (the row as it
 * was), so `ties undo` and the web app's undo take it back. Returns the batch, null when nothing changed.
 */
export async function editPerson(
  store: Store,
  ownerId: number,
  personId: number,
  edit: PersonEdit,
  now: Date = new Date(),
): Promise<string | null> {
  if (edit.notes && edit.notes.length > NOTES_LIMIT)
    throw new StrongtiesError('invalid-input', `notes: at most ${NOTES_LIMIT} characters`, {
      field: 'notes',
    });
  return store.transaction(async (trx) => {
    const [before] = await snapshotRows(trx, 'people', [personId]);
    if (before?.['owner_id'] !== ownerId) throw new StrongtiesError('not-found', `no person ${personId}`);
    const notes = edit.notes === undefined ? undefined : edit.notes?.trim() || null;
    const set = {
      ...(notes !== undefined && notes !== before['notes'] && { notes }),
      ...(edit.metInPerson !== undefined &&
        Number(edit.metInPerson) !== before['met_in_person'] && { met_in_person: edit.metInPerson ? 1 : 0 }),
      ...(edit.exchangedInGroup !== undefined &&
        Number(edit.exchangedInGroup) !== before['exchanged_in_group'] && {
          exchanged_in_group: edit.exchangedInGroup ? 1 : 0,
        }),
      ...(edit.flag !== undefined && edit.flag !== before['flag'] && { flag: edit.flag }),
    } as const;
    const fields = Object.keys(set);
    if (fields.length === 0) return null;
    const at = now.toISOString();
    await trx
      .updateTable('people')
      .set({ ...(set as Record<string, unknown>), updated_at: at })
      .where('id', '=', personId)
      .execute();
    const batch = newBatch();
    await writeLog(trx, store.dialect, ownerId, batch, at, [
      {
        kind: 'edit-person',
        personId,
        invitationId: null,
        summary: `${String(before['first_name'])} ${String(before['last_name'])}: ${fields.join(', ')} changed`,
        before: { people: [before] },
        created: {},
        after: set,
      },
    ]);
    return batch;
  });
}

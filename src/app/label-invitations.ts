import type { Transaction } from 'kysely';
import type { TextReader } from '../core/classify/types.js';
import type { Database } from '../store/schema.js';

/**
 * Labels the owner's incoming invitations that have no label yet (an import's new ones), so that the
 * statistics count pending invitations under their label, not only decided ones. A label already
 * there — the classifier's at paste time, or one a decision cached — is never touched. A step after
 * the merge of the import use case; returns how many it labelled.
 */
export async function labelUnlabelledInvitations(
  trx: Transaction<Database>,
  ownerId: number,
  reader: Pick<TextReader, 'classifyInvitation'>,
): Promise<number> {
  const rows = await trx
    .selectFrom('invitations')
    .select(['id', 'note'])
    .where('owner_id', '=', ownerId)
    .where('direction', '=', 'incoming')
    .where('label', 'is', null)
    .execute();
  for (const row of rows) {
    // An empty note is `none` whatever a reader says (core/classify's invariant).
    const read =
      row.note.trim() === ''
        ? { label: 'none', confidence: 1, lang: null, signals: null }
        : reader.classifyInvitation(row.note);
    await trx
      .updateTable('invitations')
      .set({
        label: read.label,
        label_confidence: read.confidence,
        lang: read.lang,
        signals: read.signals === null ? null : JSON.stringify(read.signals),
      })
      .where('id', '=', row.id)
      .where('label', 'is', null)
      .execute();
  }
  return rows.length;
}

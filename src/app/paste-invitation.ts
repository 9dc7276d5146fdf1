import { parseInvitationRow } from '../import/other-network/invitation-row.js';
import type { Store } from '../store/store.js';
import { type AddOptions, addInvitations } from './add-invitations.js';

export type PasteAnswer =
  | { ok: true; invitationId: number; added: boolean }
  | { ok: false; error: { code: string; message: string; field?: string } };

/** The web form's paste: one row validated like the other-network import, then added as `manual`. */
export async function pasteInvitation(
  store: Store,
  ownerId: number,
  row: unknown,
  reader: AddOptions['reader'],
): Promise<PasteAnswer> {
  const parsed = parseInvitationRow(row, 'form', 1);
  if (!parsed.ok) {
    const { code, message, field } = parsed.error;
    // The field leads the message: the form shows one line and the user sees where to look.
    return {
      ok: false,
      error: { code, message: field ? `${field}: ${message}` : message, ...(field ? { field } : {}) },
    };
  }
  const [added] = await addInvitations(store, ownerId, [parsed.value], { source: 'manual', reader });
  if (!added) throw new Error('addInvitations returns one result per input');
  return { ok: true, invitationId: added.invitationId, added: added.added };
}

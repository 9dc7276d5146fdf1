import type { TextReader } from '../core/classify/types.js';
import type { Policy } from '../core/policy/types.js';
import { parseInvitationRow } from '../import/other-network/invitation-row.js';
import type { Store } from '../store/store.js';
import { addInvitations } from './add-invitations.js';
import { loadTriageItem, type TriageItem } from './triage/index.js';

/** What the policy suggests for the pasted invitation, and the draft it goes with. */
export interface PasteTriage {
  label: string;
  suggestion: TriageItem['suggestion'];
  draft: { variant: string; lang: string; text: string } | null;
}

export type PasteAnswer =
  | { ok: true; invitationId: number; added: boolean; triage?: PasteTriage }
  | { ok: false; error: { code: string; message: string; field?: string } };

/** The web form's paste: one row validated like the other-network import, then added as `manual`. */
export async function pasteInvitation(
  store: Store,
  ownerId: number,
  row: unknown,
  deps: { reader: TextReader; policy?: Policy },
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
  const [added] = await addInvitations(store, ownerId, [parsed.value], {
    source: 'manual',
    reader: deps.reader,
  });
  if (!added) throw new Error('addInvitations returns one result per input');
  const answer: PasteAnswer = { ok: true, invitationId: added.invitationId, added: added.added };
  if (!deps.policy) return answer;
  const item = await loadTriageItem(store, ownerId, added.invitationId, {
    policy: deps.policy,
    reader: deps.reader,
  });
  if (!item) return answer;
  const { draft } = item;
  return {
    ...answer,
    triage: {
      label: item.classification.label,
      suggestion: item.suggestion,
      draft: draft ? { variant: draft.variant, lang: draft.lang, text: draft.text } : null,
    },
  };
}

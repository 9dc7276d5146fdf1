import type { Insertable, Selectable } from 'kysely';
import type { Lang } from '../../core/labels.js';
import type { DraftsTable } from '../../store/schema.js';
import type { DraftView } from './types.js';

export const DRAFT_COLUMNS = [
  'owner_id',
  'invitation_id',
  'person_id',
  'reply_id',
  'variant',
  'lang',
  'text',
  'parts',
  'length',
  'status',
  'edited',
  'created_at',
  'updated_at',
] as const;

export function draftView(row: Selectable<DraftsTable>): DraftView {
  return {
    id: row.id,
    variant: row.variant,
    lang: row.lang as Lang,
    text: row.text,
    parts: JSON.parse(row.parts) as Record<string, string>,
    length: row.length,
    edited: row.edited === 1,
  };
}

export function draftRow(
  ownerId: number,
  draft: DraftView,
  links: { invitationId: number | null; personId: number | null; replyId?: number | null },
  at: string,
): Insertable<DraftsTable> {
  return {
    owner_id: ownerId,
    invitation_id: links.invitationId,
    person_id: links.personId,
    reply_id: links.replyId ?? null,
    variant: draft.variant,
    lang: draft.lang,
    text: draft.text,
    parts: JSON.stringify(draft.parts),
    length: draft.length,
    status: 'draft',
    edited: draft.edited ? 1 : 0,
    created_at: at,
    updated_at: at,
  };
}

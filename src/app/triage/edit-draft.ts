import type { Variant } from '../../core/compose/index.js';
import { StrongtiesError } from '../../core/errors.js';
import type { Lang } from '../../core/labels.js';
import type { Store } from '../../store/store.js';
import { type Created, newBatch, type Snapshot, snapshotRows, writeLog } from '../changes/change-log.js';
import { draftRow } from './draft-rows.js';
import { loadContexts } from './load-context.js';
import { composeFor, nameOf, suggest, variantOf } from './suggest.js';
import { openDrafts, type TriageDeps } from './triage-queue.js';
import type { DraftView } from './types.js';

/**
 * Saves the user's text as the invitation's draft (marked edited), or — without `text` — rewrites the
 * draft in `lang`. The draft's variant is the decision's in force, else the suggestion's. Logged.
 */
export async function editDraft(
  store: Store,
  ownerId: number,
  input: { invitationId: number; text?: string | undefined; lang?: Lang | undefined },
  deps: TriageDeps,
): Promise<DraftView> {
  const now = deps.now ?? new Date();
  const at = now.toISOString();
  return store.transaction(async (trx) => {
    const [ctx] = await loadContexts(trx, ownerId, { ids: [input.invitationId] });
    if (!ctx) throw new StrongtiesError('not-found', `no invitation ${input.invitationId}`);
    const stored = (await openDrafts(trx, ownerId, [input.invitationId])).get(input.invitationId);
    const s = suggest(deps.policy, deps.reader, ctx, now);
    const variant =
      (stored?.variant as Variant | undefined) ?? variantOf(ctx.current?.decision ?? s.decision) ?? 'decline';
    const lang = input.lang ?? (stored?.lang as Lang | undefined);
    const base = composeFor(deps.policy, ctx, s.classification, variant, lang);
    const draft: DraftView =
      input.text === undefined
        ? base
        : { ...base, text: input.text, parts: {}, length: input.text.length, edited: true };
    // Undo needs the draft as it was (an update) or the id to remove (a first draft): one log entry.
    let id: number;
    let logged: { verb: string; before: Snapshot; created: Created };
    if (stored) {
      const before = await snapshotRows(trx, 'drafts', [stored.id]);
      await trx
        .updateTable('drafts')
        .set({
          text: draft.text,
          lang: draft.lang,
          parts: JSON.stringify(draft.parts),
          length: draft.length,
          edited: draft.edited ? 1 : 0,
          updated_at: at,
        })
        .where('id', '=', stored.id)
        .execute();
      id = stored.id;
      logged = { verb: 'rewritten', before: { drafts: before }, created: {} };
    } else {
      const row = await trx
        .insertInto('drafts')
        .values(draftRow(ownerId, draft, { invitationId: ctx.row.id, personId: ctx.person?.id ?? null }, at))
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
      logged = { verb: 'written', before: {}, created: { drafts: [id] } };
    }
    await writeLog(trx, store.dialect, ownerId, newBatch(), at, [
      {
        kind: 'edit-draft',
        personId: ctx.person?.id ?? null,
        invitationId: ctx.row.id,
        summary: `draft for ${nameOf(ctx)} ${draft.edited ? 'edited' : `${logged.verb} in ${draft.lang}`}`,
        before: logged.before,
        created: logged.created,
      },
    ]);
    return { ...draft, id };
  });
}

import type { Kysely, Selectable, Transaction } from 'kysely';
import type { TextReader } from '../../core/classify/types.js';
import type { Policy } from '../../core/policy/index.js';
import type { Database, DraftsTable } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import { draftView } from './draft-rows.js';
import { type InvitationContext, loadContexts } from './load-context.js';
import { composeFor, nameOf, suggest, variantOf } from './suggest.js';
import type { TriageItem } from './types.js';

export interface TriageDeps {
  policy: Policy;
  reader: TextReader;
  now?: Date;
}

type Db = Kysely<Database> | Transaction<Database>;

/** Stored drafts still to send, newest per invitation. */
export async function openDrafts(
  db: Db,
  ownerId: number,
  invitationIds?: readonly number[],
): Promise<Map<number, Selectable<DraftsTable>>> {
  // `in ()` is a syntax error on PostgreSQL: an empty page has no drafts.
  if (invitationIds?.length === 0) return new Map();
  let query = db
    .selectFrom('drafts')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('status', '=', 'draft')
    .where('invitation_id', 'is not', null);
  if (invitationIds) query = query.where('invitation_id', 'in', invitationIds);
  const byInvitation = new Map<number, Selectable<DraftsTable>>();
  for (const row of await query.orderBy('id', 'asc').execute())
    if (row.invitation_id !== null) byInvitation.set(row.invitation_id, row);
  return byInvitation;
}

function toItem(
  ctx: InvitationContext,
  stored: Selectable<DraftsTable> | undefined,
  deps: TriageDeps,
  now: Date,
): TriageItem {
  const s = suggest(deps.policy, deps.reader, ctx, now);
  const variant = variantOf(ctx.current?.decision ?? s.decision);
  const draft = stored
    ? draftView(stored)
    : variant
      ? composeFor(deps.policy, ctx, s.classification, variant)
      : null;
  const { id: _id, ...current } = ctx.current ?? { id: 0 };
  return {
    invitationId: ctx.row.id,
    personId: ctx.person?.id ?? null,
    name: nameOf(ctx),
    profileUrl: ctx.person?.profileUrl ?? null,
    headline: ctx.person?.headline ?? null,
    sentAt: ctx.row.sent_at,
    note: ctx.row.note,
    status: ctx.row.status,
    classification: s.classification,
    suggestion: { decision: s.decision, rule: s.rule, matched: s.matched, reason: s.reason, why: s.why },
    draft,
    earlier: ctx.earlier,
    flag: ctx.person?.flag ?? null,
    teamFlag: ctx.person?.teamFlag ?? null,
    decision: ctx.current ? (current as TriageItem['decision']) : null,
  };
}

/** The pending incoming invitations, newest first, each with what the policy suggests and its draft. */
export async function loadTriageQueue(
  store: Store,
  ownerId: number,
  deps: TriageDeps,
): Promise<TriageItem[]> {
  const now = deps.now ?? new Date();
  const contexts = await loadContexts(store.db, ownerId, { pending: true });
  const drafts = await openDrafts(store.db, ownerId);
  return contexts.map((ctx) => toItem(ctx, drafts.get(ctx.row.id), deps, now));
}

/**
 * A window of the queue, for a screen that shows 5,000 pending invitations: every context is read (five
 * queries), but only the window is classified, evaluated and drafted.
 */
export async function loadTriagePage(
  store: Store,
  ownerId: number,
  window: { offset: number; limit: number },
  deps: TriageDeps,
): Promise<{ total: number; items: TriageItem[] }> {
  const now = deps.now ?? new Date();
  const contexts = await loadContexts(store.db, ownerId, { pending: true });
  const page = contexts.slice(window.offset, window.offset + window.limit);
  const drafts = await openDrafts(
    store.db,
    ownerId,
    page.map((ctx) => ctx.row.id),
  );
  return { total: contexts.length, items: page.map((ctx) => toItem(ctx, drafts.get(ctx.row.id), deps, now)) };
}

/** One invitation as the triage screen shows it (after a decision, an edit or an undo). */
export async function loadTriageItem(
  store: Store,
  ownerId: number,
  invitationId: number,
  deps: TriageDeps,
): Promise<TriageItem | null> {
  const [ctx] = await loadContexts(store.db, ownerId, { ids: [invitationId] });
  if (!ctx) return null;
  const drafts = await openDrafts(store.db, ownerId, [invitationId]);
  return toItem(ctx, drafts.get(invitationId), deps, deps.now ?? new Date());
}

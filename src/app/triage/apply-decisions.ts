import type { Transaction } from 'kysely';
import type { InvitationClassification } from '../../core/classify/types.js';
import { DAY } from '../../core/durations.js';
import { type DecisionKind, type Lang, STATUS_OF_DECISION } from '../../core/labels.js';
import type { Policy } from '../../core/policy/index.js';
import type { DialectName } from '../../store/dialect.js';
import { rowInserter } from '../../store/insert-rows.js';
import type { Database } from '../../store/schema.js';
import { rowUpdater } from '../../store/update-rows.js';
import { type Change, type ChangeOrigin, snapshotRows, writeLog } from '../changes/change-log.js';
import { DRAFT_COLUMNS, draftRow, draftView } from './draft-rows.js';
import type { InvitationContext } from './load-context.js';
import { composeFor, nameOf, variantOf } from './suggest.js';
import { openDrafts } from './triage-queue.js';
import type { DecideResult, DraftView } from './types.js';

export interface DecisionPlan {
  ctx: InvitationContext;
  classification: InvitationClassification;
  decision: DecisionKind;
  rule: string | null;
  reason: string | null;
  by: 'policy' | 'user';
  /** The draft's language when not the note's. */
  lang?: Lang | undefined;
}

const DECISION_COLUMNS = [
  'owner_id',
  'invitation_id',
  'person_id',
  'decision',
  'rule',
  'reason',
  'policy_version',
  'decided_by',
  'decided_at',
  'due_at',
] as const;
const INVITATION_UPDATE = ['status', 'updated_at', 'label', 'label_confidence', 'lang', 'signals'];

/**
 * Records decisions set-based, in the caller's transaction: the decision rows, the invitations'
 * statuses (and their classification, cached), the drafts each decision sends, and one log entry per
 * invitation with everything undo needs. A decision replaces the one in force on the same invitation;
 * a stored draft of the same variant (perhaps edited by the user) is kept, others are discarded.
 */
export async function applyDecisions(
  trx: Transaction<Database>,
  dialect: DialectName,
  ownerId: number,
  plans: readonly DecisionPlan[],
  context: { policy: Policy; version: string; batch: string; now: Date; origin?: ChangeOrigin | undefined },
): Promise<DecideResult[]> {
  if (plans.length === 0) return [];
  const at = context.now.toISOString();
  const ids = plans.map((p) => p.ctx.row.id);
  const superseded = plans.flatMap((p) => (p.ctx.current ? [p.ctx.current.id] : []));
  const oldDecisions = new Map(
    (await snapshotRows(trx, 'decisions', superseded)).map((r) => [r['invitation_id'], r]),
  );
  const stored = await openDrafts(trx, ownerId, ids.length <= 5000 ? ids : undefined);

  const decisionRows = plans.map((p) => ({
    owner_id: ownerId,
    invitation_id: p.ctx.row.id,
    person_id: p.ctx.person?.id ?? null,
    decision: p.decision,
    rule: p.rule,
    reason: p.reason,
    policy_version: context.version,
    decided_by: p.by,
    decided_at: at,
    due_at:
      p.decision === 'ask'
        ? new Date(context.now.getTime() + context.policy.askFirst.delayDays * DAY).toISOString()
        : null,
  }));
  const { returned } = await rowInserter(dialect, {
    table: 'decisions',
    columns: DECISION_COLUMNS,
    onConflict: { target: ['id'], keep: true },
    returning: ['id', 'invitation_id'],
  })(trx, decisionRows);
  const decisionId = new Map(returned.map((r) => [r.invitation_id, r.id as number]));
  if (superseded.length > 0)
    await trx.updateTable('decisions').set({ undone_at: at }).where('id', 'in', superseded).execute();

  await rowUpdater(
    dialect,
    'invitations',
    INVITATION_UPDATE,
  )(
    trx,
    plans.map((p) => ({
      id: p.ctx.row.id,
      status: STATUS_OF_DECISION[p.decision],
      updated_at: at,
      label: p.classification.label,
      label_confidence: p.classification.confidence,
      lang: p.classification.lang,
      signals: JSON.stringify(p.classification.signals),
    })),
  );

  // Drafts: keep a stored one of the right variant, discard the others, compose what is missing.
  const discard: Record<string, unknown>[] = [];
  const drafts = new Map<number, DraftView | null>();
  const toInsert: { invitationId: number; draft: DraftView; personId: number | null }[] = [];
  for (const p of plans) {
    const variant = variantOf(p.decision);
    const old = stored.get(p.ctx.row.id);
    if (old && variant === old.variant && (p.lang === undefined || p.lang === old.lang)) {
      drafts.set(p.ctx.row.id, draftView(old));
      continue;
    }
    if (old) discard.push(old as unknown as Record<string, unknown>);
    if (!variant) {
      drafts.set(p.ctx.row.id, null);
      continue;
    }
    toInsert.push({
      invitationId: p.ctx.row.id,
      personId: p.ctx.person?.id ?? null,
      draft: composeFor(context.policy, p.ctx, p.classification, variant, p.lang),
    });
  }
  if (discard.length > 0)
    await trx
      .updateTable('drafts')
      .set({ status: 'discarded', updated_at: at })
      .where(
        'id',
        'in',
        discard.map((d) => d['id'] as number),
      )
      .execute();
  const inserted = await rowInserter(dialect, {
    table: 'drafts',
    columns: DRAFT_COLUMNS,
    onConflict: { target: ['id'], keep: true },
    returning: ['id', 'invitation_id'],
  })(
    trx,
    toInsert.map((d) =>
      draftRow(ownerId, d.draft, { invitationId: d.invitationId, personId: d.personId }, at),
    ),
  );
  const draftId = new Map(inserted.returned.map((r) => [r.invitation_id, r.id as number]));
  for (const d of toInsert)
    drafts.set(d.invitationId, { ...d.draft, id: draftId.get(d.invitationId) ?? null });

  const discardedBy = new Map(discard.map((d) => [d['invitation_id'], d]));
  const changes: Change[] = plans.map((p) => {
    const id = p.ctx.row.id;
    const old = oldDecisions.get(id);
    const oldDraft = discardedBy.get(id);
    const newDraft = draftId.get(id);
    return {
      kind: 'decide',
      personId: p.ctx.person?.id ?? null,
      invitationId: id,
      summary: `${p.decision} ${nameOf(p.ctx)} (${p.by}${p.rule ? `, rule ${p.rule}` : ''})`,
      before: {
        invitations: [p.ctx.row as unknown as Record<string, unknown>],
        ...(old && { decisions: [old] }),
        ...(oldDraft && { drafts: [oldDraft] }),
      },
      created: {
        decisions: [decisionId.get(id) as number],
        ...(newDraft !== undefined && { drafts: [newDraft] }),
      },
      after: { status: STATUS_OF_DECISION[p.decision], decision: p.decision, by: p.by, rule: p.rule },
    };
  });
  await writeLog(trx, dialect, ownerId, context.batch, at, changes, context.origin ?? null);

  return plans.map((p, i) => ({
    decisionId: decisionId.get(p.ctx.row.id) as number,
    invitationId: p.ctx.row.id,
    decision: p.decision,
    status: STATUS_OF_DECISION[p.decision],
    dueAt: decisionRows[i]?.due_at ?? null,
    draft: drafts.get(p.ctx.row.id) ?? null,
  }));
}

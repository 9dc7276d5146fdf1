import { VARIANT_OF_DECISION } from '../../core/compose/index.js';
import type { DecisionKind } from '../../core/labels.js';
import type { Store } from '../../store/store.js';
import { newBatch } from '../changes/change-log.js';
import { applyDecisions, type DecisionPlan } from './apply-decisions.js';
import { loadContexts } from './load-context.js';
import { recordPolicy } from './policy-version.js';
import { composeFor, nameOf } from './suggest.js';
import type { TriageDeps } from './triage-queue.js';
import type { DraftView } from './types.js';

export interface FollowUp {
  invitationId: number;
  personId: number | null;
  name: string;
  profileUrl: string | null;
  askedAt: string;
  dueAt: string;
  /** The policy's next step for an ask left unanswered. */
  next: DecisionKind;
  /** What the next step sends: a short decline, or nothing (a silent ignore). */
  draft: DraftView | null;
}

export interface FollowUps {
  due: FollowUp[];
  /** Asks and how many of them got an answer. */
  asks: { total: number; answered: number; rate: number | null };
  /** Decisions recorded when `apply` was set. */
  applied: number;
}

/**
 * `ties followups`: asks past their due date without a reply, each with the policy's next step as a
 * draft, and the answer rate of asks. With `apply`, the next steps are recorded (one undoable batch).
 */
export async function followUps(
  store: Store,
  ownerId: number,
  deps: Omit<TriageDeps, 'reader'> & { apply?: boolean },
): Promise<FollowUps> {
  const now = deps.now ?? new Date();
  const asks = await store.db
    .selectFrom('decisions as d')
    .innerJoin('invitations as i', 'i.id', 'd.invitation_id')
    .select(['d.id', 'd.invitation_id', 'd.person_id', 'd.decided_at', 'd.due_at', 'i.status'])
    .select((eb) =>
      eb
        .selectFrom('replies as r')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('r.owner_id', '=', 'd.owner_id')
        .whereRef('r.person_id', '=', 'd.person_id')
        .whereRef('r.received_at', '>', 'd.decided_at')
        .as('replies'),
    )
    .where('d.owner_id', '=', ownerId)
    .where('d.decision', '=', 'ask')
    .where('d.undone_at', 'is', null)
    .execute();
  const answered = asks.filter((a) => Number(a.replies ?? 0) > 0).length;
  const dueIds = asks
    .filter(
      (a) =>
        a.status === 'asked' &&
        Number(a.replies ?? 0) === 0 &&
        a.due_at !== null &&
        a.due_at <= now.toISOString(),
    )
    .map((a) => a.invitation_id as number);
  const next = deps.policy.askFirst.next;
  const variant = next === 'decline' ? 'short' : VARIANT_OF_DECISION[next];
  const contexts = await loadContexts(store.db, ownerId, { ids: dueIds });
  const byInvitation = new Map(asks.map((a) => [a.invitation_id, a]));
  const due = contexts.map((ctx): FollowUp => {
    const ask = byInvitation.get(ctx.row.id);
    const classification = {
      label: (ctx.row.label ?? 'none') as never,
      confidence: ctx.row.label_confidence ?? 0,
      lang: (ctx.row.lang ?? 'unknown') as never,
      signals: [],
    };
    return {
      invitationId: ctx.row.id,
      personId: ctx.person?.id ?? null,
      name: nameOf(ctx),
      profileUrl: ctx.person?.profileUrl ?? null,
      askedAt: ask?.decided_at ?? '',
      dueAt: ask?.due_at ?? '',
      next,
      draft: variant ? composeFor(deps.policy, ctx, classification, variant) : null,
    };
  });
  let applied = 0;
  if (deps.apply && contexts.length > 0) {
    await store.transaction(async (trx) => {
      const version = await recordPolicy(trx, ownerId, deps.policy, now.toISOString());
      const plans: DecisionPlan[] = contexts.map((ctx) => ({
        ctx,
        classification: {
          label: (ctx.row.label ?? 'none') as never,
          confidence: ctx.row.label_confidence ?? 0,
          lang: (ctx.row.lang ?? 'unknown') as never,
          signals: [],
        },
        decision: next,
        rule: 'ask-first',
        reason: `no answer ${deps.policy.askFirst.delayDays} days after asking`,
        by: 'policy',
      }));
      applied = (
        await applyDecisions(trx, store.dialect, ownerId, plans, {
          policy: deps.policy,
          version,
          batch: newBatch(),
          now,
        })
      ).length;
    });
  }
  return {
    due,
    asks: { total: asks.length, answered, rate: asks.length === 0 ? null : answered / asks.length },
    applied,
  };
}

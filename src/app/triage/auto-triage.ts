import { DECISIONS, type DecisionKind, INVITATION_LABELS, type InvitationLabel } from '../../core/labels.js';
import type { Store } from '../../store/store.js';
import { newBatch } from '../changes/change-log.js';
import { applyDecisions, type DecisionPlan } from './apply-decisions.js';
import { loadContexts } from './load-context.js';
import { recordPolicy } from './policy-version.js';
import { suggest, variantOf } from './suggest.js';
import type { TriageDeps } from './triage-queue.js';

export interface AutoTriageSummary {
  dryRun: boolean;
  total: number;
  byDecision: Record<DecisionKind, number>;
  byLabel: Record<InvitationLabel, number>;
  /** Drafts written (or, on a dry run, that would be). */
  drafts: number;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * `ties triage --auto`: the policy decides every pending invitation. Set-based: classified in memory,
 * written in one transaction (a few statements per table, not per invitation); one batch, so one
 * `undo` takes the whole run back. A dry run writes nothing.
 */
export async function autoTriage(
  store: Store,
  ownerId: number,
  deps: TriageDeps & { dryRun?: boolean },
): Promise<AutoTriageSummary> {
  const now = deps.now ?? new Date();
  const dryRun = deps.dryRun ?? false;
  return store.transaction(async (trx) => {
    const contexts = await loadContexts(trx, ownerId, { pending: true });
    const plans: DecisionPlan[] = contexts.map((ctx) => {
      const s = suggest(deps.policy, deps.reader, ctx, now);
      return {
        ctx,
        classification: s.classification,
        decision: s.decision,
        rule: s.rule,
        reason: s.reason,
        by: 'policy',
      };
    });
    const summary: AutoTriageSummary = {
      dryRun,
      total: plans.length,
      byDecision: zeros(DECISIONS),
      byLabel: zeros(INVITATION_LABELS),
      drafts: 0,
    };
    for (const p of plans) {
      summary.byDecision[p.decision] += 1;
      summary.byLabel[p.classification.label] += 1;
    }
    if (dryRun) {
      summary.drafts = plans.filter((p) => variantOf(p.decision) !== null).length;
      return summary;
    }
    const version = await recordPolicy(trx, ownerId, deps.policy, now.toISOString());
    const results = await applyDecisions(trx, store.dialect, ownerId, plans, {
      policy: deps.policy,
      version,
      batch: newBatch(),
      now,
      origin: 'auto',
    });
    summary.drafts = results.filter((r) => r.draft !== null).length;
    return summary;
  });
}

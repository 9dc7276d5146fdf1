import { StrongtiesError } from '../../core/errors.js';
import type { DecisionKind, Lang } from '../../core/labels.js';
import type { Store } from '../../store/store.js';
import { newBatch } from '../changes/change-log.js';
import { applyDecisions } from './apply-decisions.js';
import { loadContexts } from './load-context.js';
import { recordPolicy } from './policy-version.js';
import { suggest } from './suggest.js';
import type { TriageDeps } from './triage-queue.js';
import type { DecideResult } from './types.js';

export interface DecideInput {
  invitationId: number;
  /** Omitted: the policy's suggestion, recorded as decided by the policy. */
  decision?: DecisionKind | undefined;
  /** The draft's language when not the note's ("switch language"). */
  lang?: Lang | undefined;
}

/**
 * Records one decision on an incoming invitation — the user's, or the policy's suggestion — with its
 * rule, reason, policy version and draft; one log entry, so `undo` takes it back. This is what one key
 * of the interactive triage calls.
 */
export async function decide(
  store: Store,
  ownerId: number,
  input: DecideInput,
  deps: TriageDeps,
): Promise<DecideResult> {
  const now = deps.now ?? new Date();
  return store.transaction(async (trx) => {
    const [ctx] = await loadContexts(trx, ownerId, { ids: [input.invitationId] });
    if (ctx?.row.direction !== 'incoming')
      throw new StrongtiesError('not-found', `no incoming invitation ${input.invitationId}`);
    const s = suggest(deps.policy, deps.reader, ctx, now);
    const decision = input.decision ?? s.decision;
    const follows = decision === s.decision;
    const version = await recordPolicy(trx, ownerId, deps.policy, now.toISOString());
    const [result] = await applyDecisions(
      trx,
      store.dialect,
      ownerId,
      [
        {
          ctx,
          classification: s.classification,
          decision,
          // A choice against the policy keeps the policy's view beside it, for the log's reader.
          rule: follows ? s.rule : null,
          reason: follows ? s.reason : `policy suggested ${s.decision}: ${s.reason}`,
          by: input.decision === undefined ? 'policy' : 'user',
          lang: input.lang,
        },
      ],
      { policy: deps.policy, version, batch: newBatch(), now },
    );
    if (!result) throw new Error('applyDecisions returned no result');
    return result;
  });
}

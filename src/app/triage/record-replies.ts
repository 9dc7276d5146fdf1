import type { Transaction } from 'kysely';
import type { TextReader } from '../../core/classify/types.js';
import type { DecisionKind } from '../../core/labels.js';
import type { Policy } from '../../core/policy/index.js';
import { REPLY_SUGGESTIONS } from '../../core/reply-suggestion.js';
import type { DialectName } from '../../store/dialect.js';
import type { Database } from '../../store/schema.js';
import { type Change, type ChangeOrigin, snapshotRows, writeLog } from '../changes/change-log.js';
import { draftRow } from './draft-rows.js';
import { loadContexts } from './load-context.js';
import { classificationOf, composeFor } from './suggest.js';

/** A reply to record: who, in answer to which decision, what they wrote. */
export interface IncomingReply {
  personId: number;
  decisionId: number | null;
  invitationId: number | null;
  decision: DecisionKind | null;
  messageKey: string | null;
  text: string;
  source: 'pasted' | 'messages';
  receivedAt: string;
}

/**
 * Classifies replies and acts on their class, in the caller's transaction: a `need` earns the person
 * points and a follow-up draft, a `pitch` flags them as an opportunist (later invitations see the
 * flag), `ack` and `hostile` close the thread. One log entry per reply, in one batch.
 */
export async function recordReplies(
  trx: Transaction<Database>,
  dialect: DialectName,
  ownerId: number,
  replies: readonly IncomingReply[],
  deps: { policy: Policy; reader: TextReader; batch: string; now: Date; origin?: ChangeOrigin | undefined },
): Promise<number[]> {
  const at = deps.now.toISOString();
  const ids: number[] = [];
  const invitationIds = replies.flatMap((r) => (r.invitationId === null ? [] : [r.invitationId]));
  const contexts = new Map(
    (await loadContexts(trx, ownerId, { ids: invitationIds })).map((c) => [c.row.id, c]),
  );
  const changes: Change[] = [];
  for (const reply of replies) {
    const result = deps.reader.classifyReply(reply.text);
    const effect = REPLY_SUGGESTIONS[result.label];
    const [person] = await snapshotRows(trx, 'people', [reply.personId]);
    if (!person) continue;
    const { id } = await trx
      .insertInto('replies')
      .values({
        owner_id: ownerId,
        person_id: reply.personId,
        invitation_id: reply.invitationId,
        decision_id: reply.decisionId,
        message_key: reply.messageKey,
        text: reply.text,
        label: result.label,
        confidence: result.confidence,
        lang: result.lang,
        signals: JSON.stringify(result.signals),
        source: reply.source,
        received_at: reply.receivedAt,
        suggestion: effect.suggestion,
        status: effect.close ? 'closed' : 'open',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(id);
    const flag =
      effect.flag && person['flag'] !== 'scammer' ? effect.flag : (person['flag'] as string | null);
    const points = (person['points'] as number) + effect.points;
    const personChanged = flag !== person['flag'] || points !== person['points'];
    if (personChanged)
      await trx
        .updateTable('people')
        .set({ flag: flag as 'opportunist' | null, points, updated_at: at })
        .where('id', '=', reply.personId)
        .execute();
    const created: Change['created'] = { replies: [id] };
    const ctx = reply.invitationId === null ? undefined : contexts.get(reply.invitationId);
    if (result.label === 'need' && ctx) {
      const lang = result.lang === 'unknown' ? undefined : result.lang;
      const draft = composeFor(deps.policy, ctx, classificationOf(ctx, deps.reader), 'follow-up', lang);
      const row = await trx
        .insertInto('drafts')
        .values(draftRow(ownerId, draft, { invitationId: null, personId: reply.personId, replyId: id }, at))
        .returning('id')
        .executeTakeFirstOrThrow();
      created.drafts = [row.id];
    }
    changes.push({
      kind: 'reply',
      personId: reply.personId,
      invitationId: reply.invitationId,
      summary: `reply from ${String(person['first_name'])} ${String(person['last_name'])}: ${result.label} → ${effect.suggestion}`,
      before: personChanged ? { people: [person] } : {},
      created,
      after: { label: result.label, suggestion: effect.suggestion, flag, points },
    });
  }
  await writeLog(trx, dialect, ownerId, deps.batch, at, changes, deps.origin ?? null);
  return ids;
}

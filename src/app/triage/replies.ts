import type { Transaction } from 'kysely';
import type { TextReader } from '../../core/classify/types.js';
import { StrongtiesError } from '../../core/errors.js';
import type { DecisionKind, ReplyLabel } from '../../core/labels.js';
import type { Policy } from '../../core/policy/index.js';
import { normalizeProfileUrl } from '../../core/profile-url.js';
import type { DialectName } from '../../store/dialect.js';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import { newBatch } from '../changes/change-log.js';
import { draftView } from './draft-rows.js';
import { type IncomingReply, recordReplies } from './record-replies.js';
import type { ReplyView } from './types.js';

interface ReplyDeps {
  policy: Policy;
  reader: TextReader;
  now?: Date;
}

/** `ties reply add`: a reply the user pasted, from the person at `profileUrl`. */
export async function addReply(
  store: Store,
  ownerId: number,
  input: { profileUrl: string; text: string },
  deps: ReplyDeps,
): Promise<ReplyView> {
  const url = normalizeProfileUrl(input.profileUrl);
  if (!url) throw new StrongtiesError('usage', `not a profile URL: ${input.profileUrl}`);
  if (input.text.trim() === '') throw new StrongtiesError('invalid-input', 'the reply is empty');
  const now = deps.now ?? new Date();
  const id = await store.transaction(async (trx) => {
    const person = await trx
      .selectFrom('people')
      .select('id')
      .where('owner_id', '=', ownerId)
      .where('person_key', '=', url)
      .executeTakeFirst();
    if (!person)
      throw new StrongtiesError('not-found', `nobody known at ${url} (import their invitation first)`);
    // The answer is to the latest decline or ask, else to whatever was decided last.
    const decisions = await trx
      .selectFrom('decisions')
      .select(['id', 'invitation_id', 'decision'])
      .where('owner_id', '=', ownerId)
      .where('person_id', '=', person.id)
      .where('undone_at', 'is', null)
      .orderBy('decided_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const decision = decisions.find((d) => d.decision === 'decline' || d.decision === 'ask') ?? decisions[0];
    const [replyId] = await recordReplies(
      trx,
      store.dialect,
      ownerId,
      [
        {
          personId: person.id,
          decisionId: decision?.id ?? null,
          invitationId: decision?.invitation_id ?? null,
          decision: decision?.decision ?? null,
          messageKey: null,
          text: input.text.trim(),
          source: 'pasted',
          receivedAt: now.toISOString(),
        },
      ],
      { ...deps, batch: newBatch(), now },
    );
    return replyId as number;
  });
  const [view] = await listReplies(store, ownerId, { ids: [id] });
  if (!view) throw new Error(`reply ${id} not found after insert`);
  return view;
}

/**
 * Finds replies in imported messages: what a person wrote after the decline or ask in force on them.
 * Idempotent (a message becomes a reply once); called at the end of an import, in its transaction.
 */
export async function detectReplies(
  trx: Transaction<Database>,
  dialect: DialectName,
  ownerId: number,
  deps: ReplyDeps,
): Promise<number> {
  const rows = await trx
    .selectFrom('messages as m')
    .innerJoin('decisions as d', (join) =>
      join.onRef('d.person_id', '=', 'm.from_person_id').onRef('d.owner_id', '=', 'm.owner_id'),
    )
    .select([
      'm.message_key',
      'm.content',
      'm.sent_at',
      'm.from_person_id',
      'd.id as decision_id',
      'd.invitation_id',
      'd.decision',
      'd.decided_at',
    ])
    .where('m.owner_id', '=', ownerId)
    .where('d.undone_at', 'is', null)
    .where('d.decision', 'in', ['decline', 'ask'])
    .whereRef('m.sent_at', '>', 'd.decided_at')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('replies as r')
            .select('r.id')
            .whereRef('r.owner_id', '=', 'm.owner_id')
            .whereRef('r.message_key', '=', 'm.message_key'),
        ),
      ),
    )
    .orderBy('m.sent_at', 'asc')
    .orderBy('d.decided_at', 'desc')
    .execute();
  const seen = new Set<string>();
  const found: IncomingReply[] = [];
  for (const r of rows) {
    // A message answers the latest decision before it (rows come newest decision first).
    if (seen.has(r.message_key) || r.from_person_id === null || r.content.trim() === '') continue;
    seen.add(r.message_key);
    found.push({
      personId: r.from_person_id,
      decisionId: r.decision_id,
      invitationId: r.invitation_id,
      decision: r.decision,
      messageKey: r.message_key,
      text: r.content.trim(),
      source: 'messages',
      receivedAt: r.sent_at,
    });
  }
  if (found.length === 0) return 0;
  await recordReplies(trx, dialect, ownerId, found, {
    ...deps,
    batch: newBatch(),
    now: deps.now ?? new Date(),
    // Replies found in an export come in one batch: undo asks before taking them all back.
    origin: 'import',
  });
  return found.length;
}

/** Replies, newest first, with the person, the decision they answer and the follow-up draft. */
export async function listReplies(
  store: Store,
  ownerId: number,
  filter: { ids?: readonly number[]; label?: ReplyLabel } = {},
): Promise<ReplyView[]> {
  let query = store.db
    .selectFrom('replies as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .leftJoin('decisions as d', 'd.id', 'r.decision_id')
    .selectAll('r')
    .select(['p.first_name', 'p.last_name', 'p.profile_url', 'd.decision'])
    .where('r.owner_id', '=', ownerId);
  if (filter.ids) query = query.where('r.id', 'in', filter.ids);
  if (filter.label) query = query.where('r.label', '=', filter.label);
  const rows = await query.orderBy('r.received_at', 'desc').orderBy('r.id', 'desc').execute();
  const drafts = new Map(
    (
      await store.db
        .selectFrom('drafts')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('reply_id', 'is not', null)
        .where('status', '!=', 'discarded')
        .execute()
    ).map((d) => [d.reply_id, d]),
  );
  return rows.map((r) => {
    const draft = drafts.get(r.id);
    return {
      id: r.id,
      personId: r.person_id,
      name: `${r.first_name} ${r.last_name}`.trim(),
      profileUrl: r.profile_url,
      invitationId: r.invitation_id,
      decision: (r.decision ?? null) as DecisionKind | null,
      text: r.text,
      label: r.label,
      confidence: r.confidence,
      lang: r.lang,
      signals: JSON.parse(r.signals),
      source: r.source,
      receivedAt: r.received_at,
      suggestion: r.suggestion,
      status: r.status,
      draft: draft ? draftView(draft) : null,
    };
  });
}

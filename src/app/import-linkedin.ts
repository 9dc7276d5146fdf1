import { sql } from 'kysely';
import { StrongtiesError } from '../core/errors.js';
import type { ExportReader } from '../import/export-reader.js';
import { deferSecondaryIndexes } from '../store/deferred-indexes.js';
import type { Store } from '../store/store.js';
import { ImportContext, type ImportOptions, strictRefusal } from './import-context.js';
import { readFingerprints } from './import-fingerprints.js';
import type { ImportSummary } from './import-summary.js';
import { importTotals } from './import-totals.js';
import { labelUnlabelledInvitations } from './label-invitations.js';
import { mergeConnections, unchangedConnections } from './merge-connections.js';
import { mergeEndorsements, mergeRecommendations } from './merge-endorsements.js';
import { mergeInvitations } from './merge-invitations.js';
import { mergeMessages } from './merge-messages.js';
import { mergePositions, readProfile, saveOwner } from './merge-profile.js';
import { confirmRemovals } from './network/removals.js';
import { ownerSigned } from './policy/owner-signed.js';
import { detectReplies } from './triage/replies.js';

// The tables a first import fills in bulk; their secondary indexes are built once at the end.
const BULK_TABLES = ['people', 'connections', 'invitations', 'messages', 'endorsements'] as const;

export type { ImportOptions } from './import-context.js';
export { type ImportSummary, isPartial } from './import-summary.js';

/**
 * Merges a LinkedIn export into the owner's data, in one transaction: a failure or a kill leaves the
 * previous state intact. Idempotent (the same export twice changes nothing); a newer export adds,
 * updates and marks removed connections, and never touches what the user decided or wrote.
 */
export async function importLinkedinExport(
  store: Store,
  reader: ExportReader,
  options: ImportOptions,
): Promise<ImportSummary> {
  const { ownerId } = options;
  const first = reader.issues[0];
  if (options.strict && first) throw strictRefusal(first);
  const account = await store.db
    .selectFrom('accounts')
    .select('id')
    .where('id', '=', ownerId)
    .executeTakeFirst();
  if (!account) throw new StrongtiesError('not-found', `no account ${ownerId} in this database`);

  return store.importTransaction(async (trx) => {
    const startedAt = new Date().toISOString();
    const { id: importId } = await trx
      .insertInto('imports')
      .values({ owner_id: ownerId, archive: reader.name, started_at: startedAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ctx = new ImportContext(trx, store.dialect, reader, importId, options);
    ctx.issues.push(...reader.issues);
    const prints = await readFingerprints(trx, ownerId, reader);
    await ctx.people.load();
    const indexes = await deferSecondaryIndexes(trx, store.dialect, store.ownerScoped ? [] : BULK_TABLES);

    const profile = await readProfile(ctx);
    // Connections first: invitations without a profile URL find their people among them by name.
    // Connections.csv as last merged, nothing added or removed since: every listed one is current.
    const connections = prints.unchanged('connections')
      ? ctx.skip('connections', await unchangedConnections(trx, ownerId))
      : await mergeConnections(ctx);
    // The clean-up review's removals that this export no longer lists are now confirmed.
    await confirmRemovals(trx, ownerId, startedAt);
    // A stored invitation is never rewritten, so an unchanged file whose rows are all stored adds none.
    const invitations = prints.unchanged('invitations')
      ? ctx.skip('invitations', { added: 0, ownerUrl: undefined })
      : await mergeInvitations(ctx);
    const owner = await saveOwner(ctx, profile, invitations.ownerUrl);
    // The owner's own messages are told apart by the owner's URL: a new one means a new merge.
    const messagesAdded = prints.unchanged('messages', owner.profileUrl)
      ? ctx.skip('messages', 0)
      : await mergeMessages(ctx, owner.profileUrl || undefined);
    for (const issue of prints.carriedIssues()) ctx.addIssue(issue);
    await mergeEndorsements(ctx);
    await mergeRecommendations(ctx);
    await mergePositions(ctx);
    await indexes.restore();
    // Pending invitations count under their label in the statistics: label what has none yet.
    if (options.labels) await labelUnlabelledInvitations(trx, ownerId, options.labels.reader);
    // Last: replies are messages from people the owner declined or asked, after the decision.
    const repliesFound = options.replies
      ? await detectReplies(trx, store.dialect, ownerId, {
          ...options.replies,
          // Signed with the name this very export gave (saved above, in this transaction).
          policy: await ownerSigned({ db: trx }, ownerId, options.replies.policy),
        })
      : 0;

    if (store.dialect === 'postgres') {
      // A first import fills empty tables; without fresh statistics the planner keeps its empty-table
      // plans and the pending-invitations count alone took 40 s. ANALYZE sees this transaction's rows.
      await sql`analyze people, connections, invitations, messages`.execute(trx);
    }
    const totals = await importTotals(trx, ownerId);
    const summary: ImportSummary = {
      archive: reader.name,
      owner,
      connections: { ...totals.connections, ...connections },
      invitations: { ...totals.invitations, added: invitations.added },
      messages: { ...totals.messages, added: messagesAdded },
      endorsements: totals.endorsements,
      recommendations: totals.recommendations,
      ...(options.replies && { replies: { found: repliesFound } }),
      files: reader.recognised.map(({ path, kind, encoding, delimiter }) => ({
        path,
        kind,
        encoding,
        delimiter,
      })),
      skippedFiles: [...reader.skippedFiles],
      issues: ctx.issues,
    };
    await trx
      .updateTable('imports')
      .set({
        finished_at: new Date().toISOString(),
        summary: JSON.stringify(summary),
        files: await prints.record(trx, { messages: owner.profileUrl }),
      })
      .where('id', '=', importId)
      .execute();
    return summary;
  });
}

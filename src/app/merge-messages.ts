import type { Insertable } from 'kysely';
import type { MessageRecord } from '../core/linkedin-records.js';
import { DistinctKeys, messageFields, messageKey, splitName } from '../import/import-keys.js';
import { rowInserter } from '../store/insert-rows.js';
import type { MessagesTable } from '../store/schema.js';
import type { ImportContext } from './import-context.js';

const COLUMNS = [
  'owner_id',
  'message_key',
  'conversation_id',
  'conversation_title',
  'from_name',
  'from_person_id',
  'sender_profile_url',
  'to_names',
  'recipient_profile_urls',
  'sent_at',
  'subject',
  'content',
  'folder',
  'is_draft',
] as const;

/**
 * Adds the messages not stored yet, batch by batch (never all in memory). A message does not change
 * once sent, so a stored one is kept as is. Senders with a profile URL become people; the owner's own
 * messages (sent from `ownerUrl`) do not make the owner a person of their own network.
 */
export async function mergeMessages(ctx: ImportContext, ownerUrl: string | undefined): Promise<number> {
  const insert = rowInserter(ctx.dialect, {
    table: 'messages',
    columns: COLUMNS,
    onConflict: { target: ['owner_id', 'message_key'], keep: true },
  });
  let added = 0;
  const keys = new DistinctKeys();
  await ctx.each('messages', async (records) => {
    const senders = records.filter((r) => isPerson(r.senderProfileUrl, ownerUrl));
    await ctx.people.ensure(
      senders.map((r) => ({
        key: r.senderProfileUrl!,
        profileUrl: r.senderProfileUrl,
        ...splitName(r.fromName),
      })),
      false,
    );
    const rows = new Map<string, Insertable<MessagesTable>>();
    for (const r of records) {
      const key = keys.next(messageKey(r), messageFields(r));
      rows.set(key, toRow(ctx, key, r, ownerUrl));
    }
    added += (await insert(ctx.trx, [...rows.values()])).written;
  });
  return added;
}

function isPerson(url: string | undefined, ownerUrl: string | undefined): url is string {
  return url !== undefined && url !== '' && url !== ownerUrl;
}

function toRow(
  ctx: ImportContext,
  key: string,
  r: MessageRecord,
  ownerUrl: string | undefined,
): Insertable<MessagesTable> {
  return {
    owner_id: ctx.ownerId,
    message_key: key,
    conversation_id: r.conversationId,
    conversation_title: r.conversationTitle,
    from_name: r.fromName,
    from_person_id: isPerson(r.senderProfileUrl, ownerUrl)
      ? (ctx.people.id(r.senderProfileUrl) ?? null)
      : null,
    sender_profile_url: r.senderProfileUrl ?? null,
    to_names: r.toNames,
    recipient_profile_urls: JSON.stringify(r.recipientProfileUrls),
    sent_at: r.sentAt,
    subject: r.subject,
    content: r.content,
    folder: r.folder,
    is_draft: r.isDraft ? 1 : 0,
  };
}

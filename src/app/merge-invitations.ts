import type { Insertable } from 'kysely';
import { personKey } from '../core/profile-url.js';
import {
  DistinctKeys,
  invitationCounterpart,
  invitationFields,
  invitationKey,
  splitName,
} from '../import/import-keys.js';
import { rowInserter } from '../store/insert-rows.js';
import type { InvitationsTable } from '../store/schema.js';
import { adoptPastedInvitations } from './adopt-pasted-invitations.js';
import type { ImportContext } from './import-context.js';

const COLUMNS = [
  'owner_id',
  'invitation_key',
  'person_id',
  'direction',
  'from_name',
  'to_name',
  'sent_at',
  'note',
  'source',
  'created_at',
  'updated_at',
] as const;

/**
 * Adds the invitations not stored yet. A stored invitation is never rewritten: its status and label
 * belong to later decisions. Also finds the owner's profile URL, which only this file holds (the
 * inviter of an outgoing invitation, the invitee of an incoming one).
 */
export async function mergeInvitations(ctx: ImportContext): Promise<{ added: number; ownerUrl?: string }> {
  const insert = rowInserter(ctx.dialect, {
    table: 'invitations',
    columns: COLUMNS,
    onConflict: { target: ['owner_id', 'invitation_key'], keep: true },
  });
  let added = 0;
  let ownerUrl: string | undefined;
  const keys = new DistinctKeys();
  await ctx.each('invitations', async (records) => {
    ownerUrl ??= records
      .map((r) => (r.direction === 'outgoing' ? r.inviterProfileUrl : r.inviteeProfileUrl))
      .find((url) => url !== undefined && url !== '');
    // Without a URL (older exports, or member URNs since 2023) the counterpart is the one known
    // person of that name, a connection most often; only a stranger or a namesake becomes a name.
    const people = records.map((r) => {
      const { name, profileUrl } = invitationCounterpart(r);
      const known = profileUrl === undefined ? ctx.people.idByUniqueName(name) : undefined;
      return { key: personKey(profileUrl, name), profileUrl, known, ...splitName(name) };
    });
    await ctx.people.ensure(
      people.filter((p) => p.known === undefined),
      false,
    );
    const rows = new Map<string, Insertable<InvitationsTable>>();
    const nameKeys = new Map<string, string>();
    records.forEach((r, i) => {
      const counterpart = people[i]!.key;
      const key = keys.next(invitationKey(r.direction, counterpart, r.sentAt), invitationFields(r));
      rows.set(key, {
        owner_id: ctx.ownerId,
        invitation_key: key,
        person_id: people[i]!.known ?? ctx.people.id(counterpart) ?? null,
        direction: r.direction,
        from_name: r.fromName,
        to_name: r.toName,
        sent_at: r.sentAt,
        note: r.note,
        source: 'linkedin',
        created_at: ctx.now,
        updated_at: ctx.now,
      });
      nameKeys.set(key, personKey(undefined, invitationCounterpart(r).name));
    });
    await adoptPastedInvitations(
      ctx,
      [...rows.values()],
      [...rows.keys()].map((k) => nameKeys.get(k) ?? ''),
    );
    added += (await insert(ctx.trx, [...rows.values()])).written;
  });
  return ownerUrl === undefined ? { added } : { added, ownerUrl };
}

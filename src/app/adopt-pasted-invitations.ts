import type { Insertable } from 'kysely';
import { withinADay } from '../core/close-dates.js';
import type { InvitationsTable } from '../store/schema.js';
import { isPersonReferenced } from './data/person-references.js';
import type { ImportContext } from './import-context.js';

const IN_CHUNK = 500;

/**
 * Before an export's invitations are inserted: an invitation the user pasted earlier (same person by
 * URL or, pasted without URL, by name; same direction; dates within a day) takes the export's key,
 * minute and person, so the insert finds it and adds no copy. Its status, label and everything
 * decided about it stay: only the identifying columns change.
 */
export async function adoptPastedInvitations(
  ctx: ImportContext,
  rows: readonly Insertable<InvitationsTable>[],
  nameKeys: readonly string[],
): Promise<void> {
  const personIds = new Set<number>();
  const nameIds = rows.map((row, i) => {
    if (row.person_id !== null && row.person_id !== undefined) personIds.add(row.person_id);
    const id = ctx.people.id(nameKeys[i] ?? '');
    if (id !== undefined) personIds.add(id);
    return id;
  });
  const ids = [...personIds];
  const pasted: {
    id: number;
    person_id: number | null;
    direction: string;
    sent_at: string;
    invitation_key: string;
  }[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    pasted.push(
      ...(await ctx.trx
        .selectFrom('invitations')
        .select(['id', 'person_id', 'direction', 'sent_at', 'invitation_key'])
        .where('owner_id', '=', ctx.ownerId)
        .where('source', '<>', 'linkedin')
        .where('person_id', 'in', ids.slice(i, i + IN_CHUNK))
        .execute()),
    );
  }
  if (pasted.length === 0) return;
  // Keys already stored (pasted and adopted, or imported before) need no adoption.
  const keys = new Set<string>();
  const rowKeys = rows.map((r) => r.invitation_key);
  for (let i = 0; i < rowKeys.length; i += IN_CHUNK) {
    const stored = await ctx.trx
      .selectFrom('invitations')
      .select('invitation_key')
      .where('owner_id', '=', ctx.ownerId)
      .where('invitation_key', 'in', rowKeys.slice(i, i + IN_CHUNK))
      .execute();
    for (const s of stored) keys.add(s.invitation_key);
  }
  const used = new Set<number>();
  const movedFrom = new Map<number, { key: string; to: number }>();
  for (const [i, row] of rows.entries()) {
    if (keys.has(row.invitation_key)) continue;
    const match = pasted.find(
      (p) =>
        !used.has(p.id) &&
        p.direction === row.direction &&
        (p.person_id === row.person_id || p.person_id === nameIds[i]) &&
        withinADay(p.sent_at, row.sent_at),
    );
    if (!match) continue;
    used.add(match.id);
    keys.add(row.invitation_key);
    if (match.person_id !== null && match.person_id !== row.person_id && row.person_id) {
      movedFrom.set(match.person_id, { key: nameKeys[i] ?? '', to: row.person_id });
    }
    await ctx.trx
      .updateTable('invitations')
      .set({
        invitation_key: row.invitation_key,
        sent_at: row.sent_at,
        person_id: row.person_id ?? null,
        updated_at: ctx.now,
      })
      .where('id', '=', match.id)
      .execute();
  }
  for (const [id, { key, to }] of movedFrom) await mergeNamedPerson(ctx, id, key, to);
}

/**
 * The person a pasted invitation without URL created (keyed by name) is the export's person: what
 * the paste knew (the headline) moves over, and the name-keyed row goes when nothing else names it.
 */
async function mergeNamedPerson(
  ctx: ImportContext,
  fromId: number,
  fromKey: string,
  toId: number,
): Promise<void> {
  if (await isPersonReferenced(ctx.trx, ctx.ownerId, fromId)) return;
  const from = await ctx.trx
    .selectFrom('people')
    .select('headline')
    .where('id', '=', fromId)
    .executeTakeFirst();
  if (from?.headline) {
    await ctx.trx
      .updateTable('people')
      .set({ headline: from.headline })
      .where('id', '=', toId)
      .where('headline', 'is', null)
      .execute();
  }
  await ctx.trx.deleteFrom('people').where('id', '=', fromId).execute();
  ctx.people.drop(fromKey);
}

import type { Transaction } from 'kysely';
import { StrongtiesError } from '../../core/errors.js';
import {
  parseSegmentRule,
  type SegmentDefinition,
  type SegmentRule,
  type SegmentSubject,
  segmentMembers,
} from '../../core/network/segment-rules.js';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import { newBatch, writeLog } from '../changes/change-log.js';
import type { NetworkTie } from './network-ties.js';

export interface StoredSegment extends SegmentDefinition {
  createdAt: string;
}

/** Creates or replaces a named segment; the rule is validated before anything is written. */
export async function saveSegment(
  store: Store,
  ownerId: number,
  name: string,
  ruleInput: unknown,
  now: Date,
): Promise<StoredSegment> {
  const cleanName = name.trim();
  if (cleanName === '') throw new StrongtiesError('invalid-input', 'a segment needs a name');
  let rule: SegmentRule | null = null;
  if (ruleInput !== undefined && ruleInput !== null) {
    const parsed = parseSegmentRule(ruleInput);
    if (!parsed.ok) throw new StrongtiesError('invalid-input', `invalid rule: ${parsed.error.message}`);
    rule = parsed.value;
  }
  const at = now.toISOString();
  await store.transaction(async (trx) => {
    const old = await storedSegment(trx, ownerId, cleanName);
    const row = {
      owner_id: ownerId,
      name: cleanName,
      rule: rule === null ? null : JSON.stringify(rule),
      created_at: old?.created_at ?? at,
    };
    if (old)
      await trx
        .deleteFrom('segments')
        .where('owner_id', '=', ownerId)
        .where('name', '=', cleanName)
        .execute();
    await trx.insertInto('segments').values(row).execute();
    await writeLog(trx, store.dialect, ownerId, newBatch(), at, [
      {
        kind: 'segment',
        personId: null,
        invitationId: null,
        summary: `segment ${cleanName} ${old ? 'changed' : 'created'}`,
        before: old ? { segments: [old] } : {},
        created: old ? {} : { segments: [{ name: cleanName }] },
        after: { rule },
      },
    ]);
  });
  return { name: cleanName, rule, createdAt: at };
}

/** A segment's row, whole (the log keeps it as it was). */
const storedSegment = (trx: Transaction<Database>, ownerId: number, name: string) =>
  trx
    .selectFrom('segments')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('name', '=', name)
    .executeTakeFirst();

export async function listSegments(store: Store, ownerId: number): Promise<StoredSegment[]> {
  const rows = await store.db
    .selectFrom('segments')
    .select(['name', 'rule', 'created_at'])
    .where('owner_id', '=', ownerId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    rule: r.rule === null ? null : (JSON.parse(r.rule) as SegmentRule),
    createdAt: r.created_at,
  }));
}

/** A stored segment, or the implicit segment of a tag nobody defined (`client` = tagged `client`). */
export async function findSegment(store: Store, ownerId: number, name: string): Promise<SegmentDefinition> {
  const found = (await listSegments(store, ownerId)).find((s) => s.name === name);
  return found ?? { name, rule: null };
}

export async function removeSegment(
  store: Store,
  ownerId: number,
  name: string,
  now: Date = new Date(),
): Promise<void> {
  await store.transaction(async (trx) => {
    const old = await storedSegment(trx, ownerId, name);
    if (!old) throw new StrongtiesError('not-found', `no segment named ${name}`);
    await trx.deleteFrom('segments').where('owner_id', '=', ownerId).where('name', '=', name).execute();
    await writeLog(trx, store.dialect, ownerId, newBatch(), now.toISOString(), [
      {
        kind: 'segment',
        personId: null,
        invitationId: null,
        summary: `segment ${name} deleted`,
        before: { segments: [old] },
        created: {},
      },
    ]);
  });
}

export function subjectOf(tie: NetworkTie): SegmentSubject {
  return {
    personId: tie.personId ?? -tie.connectionId,
    company: tie.company,
    position: tie.position,
    headline: tie.headline,
    connectedOn: tie.connectedOn,
    strength: tie.score,
    tags: tie.tags,
  };
}

/** The ties in a segment, in the given order. */
export function tiesInSegment(segment: SegmentDefinition, ties: readonly NetworkTie[]): NetworkTie[] {
  const members = new Set(segmentMembers(segment, ties.map(subjectOf)));
  return ties.filter((t) => members.has(subjectOf(t).personId));
}

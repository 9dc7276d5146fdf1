import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ConnectionRecord } from '../core/linkedin-records.js';
import { ConnectionKeys, connectionPersonKey } from '../import/import-keys.js';
import { rowInserter } from '../store/insert-rows.js';
import type { ConnectionsTable, Database, Flag01 } from '../store/schema.js';
import { toCount } from '../store/store.js';
import type { ImportContext } from './import-context.js';
import type { ImportSummary } from './import-summary.js';

type Counts = Pick<ImportSummary['connections'], 'added' | 'updated' | 'removed' | 'unchanged'>;

type Stored = Pick<Selectable<ConnectionsTable>, 'id' | (typeof COMPARED)[number] | 'status'>;

const COLUMNS = [
  'owner_id',
  'connection_key',
  'person_id',
  'connected_on',
  'company',
  'position',
  'email',
  'hidden',
  'status',
  'removed_on',
  'first_import_id',
  'last_import_id',
] as const;
// Everything the export says about a connection; `first_import_id` and `removal_confirmed_at` stay.
// `last_import_id` is the last import that changed the row: an unchanged row is not rewritten (on
// PostgreSQL, touching 30,000 rows costs more than the rest of a re-import).
const UPDATED = COLUMNS.filter((c) => c !== 'owner_id' && c !== 'connection_key' && c !== 'first_import_id');
const COMPARED = ['person_id', 'connected_on', 'company', 'position', 'email', 'hidden'] as const;

/**
 * Merges Connections.csv: adds new connections, updates changed ones, brings back returning ones,
 * and marks those the export no longer lists as removed (never deletes). Writes only what changed.
 */
export async function mergeConnections(ctx: ImportContext): Promise<Counts> {
  const counts: Counts = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  if (!ctx.reader.has('connections')) return counts;
  const { trx, ownerId } = ctx;
  const stored = new Map<string, Stored>();
  const rows = await trx
    .selectFrom('connections')
    .select(['id', 'connection_key', ...COMPARED, 'status'])
    .where('owner_id', '=', ownerId)
    .execute();
  for (const { connection_key, ...row } of rows) stored.set(connection_key, row);

  const upsert = rowInserter(ctx.dialect, {
    table: 'connections',
    columns: COLUMNS,
    onConflict: { target: ['owner_id', 'connection_key'], update: UPDATED },
  });
  const keys = new ConnectionKeys();
  const listed = new Set<string>();

  await ctx.each('connections', async (records) => {
    const keyed = records.map((record) => ({ record, key: keys.next(record) }));
    const renamed = await ctx.people.ensure(
      keyed.filter(({ record }) => !record.hidden).map(({ record }) => personOf(record)),
      true,
    );
    const writes: Insertable<ConnectionsTable>[] = [];
    for (const { record, key } of keyed) {
      listed.add(key);
      const personKey = record.hidden ? undefined : connectionPersonKey(record);
      const next = {
        person_id: personKey === undefined ? null : (ctx.people.id(personKey) ?? null),
        connected_on: record.connectedOn ?? null,
        company: record.company ?? null,
        position: record.position ?? null,
        email: record.email ?? null,
        hidden: (record.hidden ? 1 : 0) as Flag01,
      };
      const old = stored.get(key);
      const changed = old !== undefined && COMPARED.some((c) => old[c] !== next[c]);
      if (old === undefined || old.status === 'removed') counts.added++;
      else if (changed || (personKey !== undefined && renamed.has(personKey))) counts.updated++;
      else {
        counts.unchanged++;
        continue;
      }
      if (old === undefined || old.status === 'removed' || changed) {
        writes.push({
          owner_id: ownerId,
          connection_key: key,
          ...next,
          status: 'current',
          removed_on: null,
          first_import_id: ctx.importId,
          last_import_id: ctx.importId,
        });
      }
    }
    if (writes.length > 0) await upsert(trx, writes);
  });

  const gone = [...stored]
    .filter(([key, c]) => c.status === 'current' && !listed.has(key))
    .map(([, c]) => c.id);
  for (let i = 0; i < gone.length; i += 500) {
    await trx
      .updateTable('connections')
      .set({ status: 'removed', removed_on: ctx.today })
      .where('id', 'in', gone.slice(i, i + 500))
      .execute();
  }
  counts.removed = gone.length;
  return counts;
}

/** The counts of a Connections.csv that did not change since it was merged: every listed one is current. */
export async function unchangedConnections(trx: Kysely<Database>, ownerId: number): Promise<Counts> {
  const { n } = await trx
    .selectFrom('connections')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_id', '=', ownerId)
    .where('status', '=', 'current')
    .executeTakeFirstOrThrow();
  return { added: 0, updated: 0, removed: 0, unchanged: toCount(n) };
}

function personOf(record: ConnectionRecord) {
  return {
    key: connectionPersonKey(record),
    profileUrl: record.profileUrl,
    firstName: record.firstName.trim(),
    lastName: record.lastName.trim(),
  };
}

import { listForeignKeys, listTables } from '../../../store/introspect.js';
import { SYSTEM_TABLES } from '../../../store/owner-tables.js';
import type { Store } from '../../../store/store.js';
import { TEAM_TABLES } from '../../../store/team-schema.js';
import { type Row, untyped } from '../owner-rows.js';

/**
 * Every table of the live database (found by introspection, not through the registry) as the owner's
 * rows, with ids replaced by each row's rank and foreign keys by the rank of the row they name: two
 * stores hold identical data when their snapshots are equal, whatever ids each database chose.
 */
export async function snapshotOwner(store: Store, ownerId: number): Promise<Record<string, unknown[]>> {
  // The team's shared tables belong to no member: an owner's snapshot leaves them out.
  const tables = (await listTables(store.db, store.dialect)).filter(
    (t) => !SYSTEM_TABLES.has(t) && !TEAM_TABLES.has(t),
  );
  const fks = await listForeignKeys(store.db, store.dialect);
  const raw = new Map<string, Row[]>();
  for (const table of tables) {
    const filter = table === 'accounts' ? 'id' : 'owner_id';
    const rows: Row[] = await untyped(store.db)
      .selectFrom(table)
      .selectAll()
      .where(filter, '=', ownerId)
      .execute();
    raw.set(table, rows);
  }
  const rank = new Map<string, Map<unknown, number>>();
  for (const [table, rows] of raw) {
    const ids = rows
      .map((r) => r['id'])
      .filter((id) => id !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    rank.set(table, new Map(ids.map((id, i) => [id, i])));
  }
  const snapshot: Record<string, unknown[]> = {};
  for (const [table, rows] of raw) {
    const refs = fks.filter((k) => k.table === table);
    const canonical = rows.map((row) => {
      const out: Row = { ...row };
      delete out['owner_id'];
      if ('id' in out) out['id'] = rank.get(table)?.get(Number(out['id']));
      if (table === 'accounts') {
        delete out['id'];
        delete out['name'];
        delete out['created_at'];
      }
      for (const { column, references } of refs) {
        if (references === 'accounts' || out[column] === null) continue;
        out[column] = `${references}#${rank.get(references)?.get(Number(out[column]))}`;
      }
      return out;
    });
    snapshot[table] = canonical.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return snapshot;
}

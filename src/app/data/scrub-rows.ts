import type { Transaction } from 'kysely';
import { OWNER_TABLES, type OwnerTable } from '../../store/owner-tables.js';
import type { Database } from '../../store/schema.js';
import { ownerRows, type Row, untyped } from './owner-rows.js';

/** Row ids per table (the rows an erasure removes or tombstones). */
export type Doomed = ReadonlyMap<string, ReadonlySet<number>>;

const TABLE_OF = new Map<string, OwnerTable>(OWNER_TABLES.map((t) => [t.name, t]));

/**
 * Blanks a person in every text of every row left, whatever the table holds: the registry names the
 * tables, `select *` their columns, so a new table, column or log entry kind is scrubbed without code
 * here. The JSON of the change log (`idsInJson`) loses the snapshots of the doomed rows and the ids
 * of the doomed rows it created, so that undo can never put them back. Key columns are left alone:
 * they identify rows that are not the person's. Returns the rows changed, per table.
 */
export async function scrubOwnerRows(
  trx: Transaction<Database>,
  ownerId: number,
  doomed: Doomed,
  replace: ((text: string) => string) | undefined,
): Promise<Record<string, number>> {
  const scrubbed: Record<string, number> = {};
  for (const table of OWNER_TABLES) {
    const skip = new Set<string>(['id', ...table.key, ...Object.keys(table.refs)]);
    const changes: { row: Row; set: Row }[] = [];
    for await (const page of ownerRows(trx, ownerId, table)) {
      for (const row of page) {
        const set: Row = {};
        for (const [column, value] of Object.entries(row)) {
          if (skip.has(column) || typeof value !== 'string') continue;
          const json = table.idsInJson?.[column];
          let text = json === undefined ? value : pruneJson(value, json, doomed);
          if (replace !== undefined) text = replace(text);
          if (text !== value) set[column] = text;
        }
        if (Object.keys(set).length > 0) changes.push({ row, set });
      }
    }
    for (const { row, set } of changes) {
      let query = untyped(trx).updateTable(table.name).set(set).where('owner_id', '=', ownerId);
      const identity = table.id ? ['id'] : [...table.key, ...Object.keys(table.refs)];
      for (const column of identity) query = query.where(column, '=', row[column]);
      await query.execute();
    }
    if (changes.length > 0) scrubbed[table.name] = changes.length;
  }
  return scrubbed;
}

/** The log's JSON without the doomed rows' snapshots or created ids; refs to doomed rows nulled. */
function pruneJson(text: string, kind: 'snapshot' | 'created', doomed: Doomed): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof value !== 'object' || value === null) return text;
  const before = JSON.stringify(value);
  const after = pruned(value as Record<string, unknown>, kind, doomed);
  return after === before ? text : after;
}

function pruned(record: Record<string, unknown>, kind: 'snapshot' | 'created', doomed: Doomed): string {
  if (kind === 'created') {
    const created = record['created'];
    if (typeof created === 'object' && created !== null)
      record['created'] = Object.fromEntries(
        Object.entries(created).map(([table, ids]) => [
          table,
          Array.isArray(ids) ? ids.filter((id) => !doomed.get(table)?.has(Number(id))) : ids,
        ]),
      );
    return JSON.stringify(record);
  }
  const kept = Object.fromEntries(
    Object.entries(record).map(([table, rows]) => {
      if (!Array.isArray(rows)) return [table, rows];
      const refs = Object.entries(TABLE_OF.get(table)?.refs ?? {});
      const live = rows
        .filter((row: Row) => !doomed.get(table)?.has(Number(row['id'])))
        .map((row: Row) => {
          const copy = { ...row };
          for (const [column, target] of refs)
            if (doomed.get(target)?.has(Number(copy[column]))) copy[column] = null;
          return copy;
        });
      return [table, live];
    }),
  );
  return JSON.stringify(kept);
}

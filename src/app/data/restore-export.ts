import { sql, type Transaction } from 'kysely';
import { notFound, StrongtiesError } from '../../core/errors.js';
import type { ExportDocument, ExportRow } from '../../import/strongties/export-format.js';
import { ACCOUNT_PROFILE_COLUMNS, OWNER_TABLES, type OwnerTable } from '../../store/owner-tables.js';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import { type AnyDb, untyped } from './owner-rows.js';

export interface RestoreSummary {
  /** Rows read from the export per table, and how many were new to the target. */
  tables: Record<string, { read: number; added: number }>;
}

// SQLite binds at most 32,766 values per statement; 200 rows of up to ~20 columns stay well under.
const CHUNK = 200;

/**
 * Reads a Strongties export back into the owner's data, in one transaction. Ids are remapped: the
 * target numbers its own rows, and every ref is translated through the rows already written (the
 * registry lists parents first). A row whose key the target already holds is not duplicated: the
 * stored row stays and the export's refs point to it.
 */
export async function restoreExport(
  store: Store,
  ownerId: number,
  doc: ExportDocument,
): Promise<RestoreSummary> {
  const known = new Set<string>(OWNER_TABLES.map((t) => t.name));
  const unknown = Object.keys(doc.tables).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new StrongtiesError(
      'invalid-input',
      `the export holds tables this Strongties does not know: ${unknown.join(', ')}`,
    );
  }
  return store.transaction(async (trx) => {
    await restoreAccount(trx, ownerId, doc.account);
    const idMaps = new Map<string, Map<number, number>>();
    const tables: RestoreSummary['tables'] = {};
    for (const table of OWNER_TABLES) {
      const rows = (doc.tables[table.name] ?? []).map((row, index) => remapRefs(table, row, index, idMaps));
      const ids = new Map<number, number>();
      idMaps.set(table.name, ids);
      const added = await insertRows(untyped(trx), table, ownerId, rows, ids);
      tables[table.name] = { read: rows.length, added };
    }
    return { tables };
  });
}

async function restoreAccount(
  trx: Transaction<Database>,
  ownerId: number,
  account: ExportRow,
): Promise<void> {
  const current = await trx
    .selectFrom('accounts')
    .select(ACCOUNT_PROFILE_COLUMNS)
    .where('id', '=', ownerId)
    .executeTakeFirstOrThrow(notFound(`account ${ownerId}`));
  // What the target already knows about its owner wins; the export fills the gaps.
  const update: Record<string, string> = {};
  for (const column of ACCOUNT_PROFILE_COLUMNS) {
    const value = account[column];
    if (current[column] === null && typeof value === 'string') update[column] = value;
  }
  if (Object.keys(update).length > 0) {
    await trx.updateTable('accounts').set(update).where('id', '=', ownerId).execute();
  }
}

function remapRefs(
  table: OwnerTable,
  row: ExportRow,
  index: number,
  idMaps: Map<string, Map<number, number>>,
): ExportRow {
  const out: ExportRow = { ...row };
  for (const [column, target] of Object.entries(table.refs)) {
    const old = row[column];
    if (old === null || old === undefined) continue;
    const mapped = idMaps.get(target)?.get(Number(old));
    if (mapped === undefined) {
      throw new StrongtiesError(
        'invalid-input',
        `${table.name} row ${index + 1}: ${column} ${String(old)} names no row of ${target} in the export`,
        { field: column },
      );
    }
    out[column] = mapped;
  }
  for (const [column, shape] of Object.entries(table.idsInJson ?? {})) {
    const text = row[column];
    if (typeof text === 'string') out[column] = JSON.stringify(remapJsonIds(JSON.parse(text), shape, idMaps));
  }
  return out;
}

type IdMaps = Map<string, Map<number, number>>;
const byName = new Map(OWNER_TABLES.map((t) => [t.name as string, t]));

/** A row id the target does not hold (deleted before the export) becomes null: undo then skips it. */
const mapId = (idMaps: IdMaps, table: string, id: unknown) =>
  typeof id === 'number' ? (idMaps.get(table)?.get(id) ?? null) : id;

function remapJsonIds(value: unknown, shape: 'snapshot' | 'created', idMaps: IdMaps): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (shape === 'created') {
    const created = (value as { created?: Record<string, unknown[]> }).created ?? {};
    // Ids (decisions, drafts, replies) or key rows (tags, segments), whose refs are remapped.
    const mapped = Object.fromEntries(
      Object.entries(created).map(([table, items]) => [
        table,
        items.map((item) =>
          item !== null && typeof item === 'object'
            ? remapRow(table, item as Record<string, unknown>, idMaps)
            : mapId(idMaps, table, item),
        ),
      ]),
    );
    return { ...value, created: mapped };
  }
  return Object.fromEntries(
    Object.entries(value as Record<string, Record<string, unknown>[]>).map(([table, rows]) => [
      table,
      rows.map((row) => remapRow(table, row, idMaps)),
    ]),
  );
}

function remapRow(table: string, row: Record<string, unknown>, idMaps: IdMaps): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ...row,
    ...('id' in row && { id: mapId(idMaps, table, row['id']) }),
  };
  for (const [column, target] of Object.entries(byName.get(table)?.refs ?? {})) {
    if (column in row) out[column] = mapId(idMaps, target, row[column]);
  }
  return out;
}

async function insertRows(
  db: AnyDb,
  table: OwnerTable,
  ownerId: number,
  rows: ExportRow[],
  ids: Map<number, number>,
): Promise<number> {
  let added = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const values = chunk.map(({ id: _id, ...rest }) => ({ ...rest, owner_id: ownerId }));
    try {
      if (!table.id) {
        const result = await db
          .insertInto(table.name)
          .values(values)
          .onConflict((oc) => oc.columns(['owner_id', ...table.key]).doNothing())
          .executeTakeFirst();
        added += Number(result.numInsertedOrUpdatedRows ?? 0n);
      } else if (table.key.length === 0) {
        // No natural key: one row at a time, so each returned id is known to belong to its row.
        for (const [i, value] of values.entries()) {
          const { id } = await db
            .insertInto(table.name)
            .values(value)
            .returning('id')
            .executeTakeFirstOrThrow();
          ids.set(Number(chunk[i]?.['id']), Number(id));
          added++;
        }
      } else {
        added += await upsertKeyed(db, table, chunk, values, ids);
      }
    } catch (error) {
      if (error instanceof StrongtiesError) throw error;
      throw new StrongtiesError(
        'invalid-input',
        `${table.name}: rows ${start + 1}–${start + chunk.length} cannot be restored: ${String(error)}`,
        { cause: error },
      );
    }
  }
  return added;
}

/** Inserts keyed rows; a key the target holds keeps the stored row. Maps export ids by key. */
async function upsertKeyed(
  db: AnyDb,
  table: OwnerTable,
  chunk: ExportRow[],
  values: ExportRow[],
  ids: Map<number, number>,
): Promise<number> {
  const keyOf = (row: Record<string, unknown>) => JSON.stringify(table.key.map((k) => row[k] ?? null));
  const first = table.key[0] as string;
  const before = await db
    .selectFrom(table.name)
    .select('id')
    .where('owner_id', '=', values[0]?.['owner_id'] as number)
    .where(
      first,
      'in',
      values.map((v) => v[first]),
    )
    .execute();
  // A no-op update instead of `do nothing`, so that `returning` yields the stored rows too.
  const returned: Record<string, unknown>[] = await db
    .insertInto(table.name)
    .values(values)
    .onConflict((oc) =>
      oc.columns(['owner_id', ...table.key]).doUpdateSet({ [first]: sql.ref(`excluded.${first}`) }),
    )
    .returning(['id', ...table.key])
    .execute();
  const newId = new Map(returned.map((r) => [keyOf(r), Number(r['id'])]));
  for (const row of chunk) {
    const id = newId.get(keyOf(row));
    if (id !== undefined && row['id'] !== null && row['id'] !== undefined) ids.set(Number(row['id']), id);
  }
  return returned.length - before.length;
}

import { type Kysely, sql } from 'kysely';
import type { OwnerTable } from '../../store/owner-tables.js';
import type { Database } from '../../store/schema.js';

/** A row as the database returns it: column name to text, number or null. */
export type Row = Record<string, unknown>;

/**
 * The registry is data, so the generic code addresses tables by name: this is the one place where the
 * typed database is seen untyped.
 */
// biome-ignore lint/suspicious/noExplicitAny: tables are named by the registry at run time.
export type AnyDb = Kysely<any>;
export const untyped = (db: Kysely<Database>): AnyDb => db as unknown as AnyDb;

const PAGE = 5000;

/**
 * Every row the owner has in one table, without `owner_id`, in pages (keyset on `id`, so a table of
 * 200,000 messages never sits in memory at once), in a stable order.
 */
export async function* ownerRows(
  db: Kysely<Database>,
  ownerId: number,
  table: OwnerTable,
): AsyncGenerator<Row[]> {
  const any = untyped(db);
  if (!table.id) {
    let query = any.selectFrom(table.name).selectAll().where('owner_id', '=', ownerId);
    for (const column of table.key) query = query.orderBy(column);
    const rows: Row[] = await query.execute();
    if (rows.length > 0) yield rows.map(withoutOwner);
    return;
  }
  let after = Number.NEGATIVE_INFINITY;
  for (;;) {
    let query = any.selectFrom(table.name).selectAll().where('owner_id', '=', ownerId);
    if (after !== Number.NEGATIVE_INFINITY) query = query.where('id', '>', after);
    const rows: Row[] = await query.orderBy('id').limit(PAGE).execute();
    if (rows.length === 0) return;
    yield rows.map(withoutOwner);
    after = Number(rows[rows.length - 1]?.['id']);
    if (rows.length < PAGE) return;
  }
}

function withoutOwner(row: Row): Row {
  const { owner_id: _owner, ...rest } = row;
  return rest;
}

/** The name of the last migration applied: the schema an export was written from. */
export async function schemaVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ name: string | null }>`select max(name) as name from kysely_migration`.execute(
    db,
  );
  return rows[0]?.name ?? '';
}

import { type Kysely, sql } from 'kysely';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';

type Table = keyof Database;

interface SavedIndex {
  name: string;
  definition: string;
}

/**
 * A first import fills empty tables: building a secondary index once from the loaded rows (one sort)
 * costs a fraction of maintaining it row by row in random order. For each table given that holds no
 * row at all, drops its secondary indexes — never those behind a unique or primary key, which the
 * merge's `on conflict` needs — and returns `restore`, which recreates them from their own saved
 * definitions. Both run in the caller's transaction: a failure or a kill before commit leaves the
 * indexes as they were. A table that already has rows keeps its indexes (its reads may need them).
 */
export async function deferSecondaryIndexes(
  db: Kysely<Database>,
  dialect: DialectName,
  tables: readonly Table[],
): Promise<{ restore: () => Promise<void> }> {
  const saved: SavedIndex[] = [];
  for (const table of tables) {
    const any = await db.selectFrom(table).select(sql<number>`1`.as('one')).limit(1).executeTakeFirst();
    if (any !== undefined) continue;
    saved.push(...(await secondaryIndexes(db, dialect, table)));
  }
  for (const index of saved) await sql`drop index ${sql.id(index.name)}`.execute(db);
  return {
    restore: async () => {
      for (const index of saved.splice(0)) await sql.raw(index.definition).execute(db);
    },
  };
}

async function secondaryIndexes(
  db: Kysely<Database>,
  dialect: DialectName,
  table: Table,
): Promise<SavedIndex[]> {
  if (dialect === 'sqlite') {
    // Indexes SQLite makes for a UNIQUE or PRIMARY KEY constraint have no SQL text.
    const { rows } = await sql<SavedIndex>`
      select name, sql as definition from sqlite_master
      where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db);
    return rows;
  }
  const { rows } = await sql<SavedIndex>`
    select i.indexname as name, i.indexdef as definition from pg_indexes i
    where i.schemaname = current_schema() and i.tablename = ${table}
      and not exists (
        select 1 from pg_constraint c
        where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
      )`.execute(db);
  return rows;
}

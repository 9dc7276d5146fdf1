import { type Kysely, sql } from 'kysely';
import type { DialectName } from './dialect.js';
import type { Database } from './schema.js';

export interface ForeignKey {
  table: string;
  column: string;
  references: string;
}

/** The tables of the live database (the migrator's included), sorted by name. */
export async function listTables(db: Kysely<Database>, dialect: DialectName): Promise<string[]> {
  const query =
    dialect === 'sqlite'
      ? sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`;
  const { rows } = await query.execute(db);
  return rows.map((r) => r.name).sort();
}

/** Every foreign key of the live database: which column of which table references which table. */
export async function listForeignKeys(db: Kysely<Database>, dialect: DialectName): Promise<ForeignKey[]> {
  const query =
    dialect === 'sqlite'
      ? sql<ForeignKey>`select m.name as "table", f."from" as "column", f."table" as "references"
          from sqlite_master m join pragma_foreign_key_list(m.name) f
          where m.type = 'table' and m.name not like 'sqlite_%'`
      : sql<ForeignKey>`select kcu.table_name as "table", kcu.column_name as "column",
            ccu.table_name as "references"
          from information_schema.table_constraints tc
          join information_schema.key_column_usage kcu
            on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
          join information_schema.constraint_column_usage ccu
            on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
          where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`;
  const { rows } = await query.execute(db);
  return rows;
}

import type { ColumnDefinitionBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** An integer primary key the database numbers itself: `integer primary key` is SQLite's rowid. */
export function idColumn(dialect: DialectName): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return dialect === 'sqlite'
    ? (col) => col.primaryKey()
    : (col) => col.primaryKey().generatedByDefaultAsIdentity();
}

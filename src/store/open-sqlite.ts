import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely } from 'kysely';
import { makePrivate, PRIVATE_MODE } from './private-files.js';
import type { Database } from './schema.js';
import { SqliteImmediateDialect } from './sqlite-immediate-dialect.js';

export const SQLITE_FILE = 'strongties.db';

/** Opens (creating if needed) `<dataDir>/strongties.db`; the directory is private to the user. */
export function openSqlite(dataDir: string): { db: Kysely<Database>; native: SqliteDatabase.Database } {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, SQLITE_FILE);
  // Created private before SQLite opens it: SQLite gives the log and shared-memory files the
  // database file's mode, and an existing 0644 file (an older version, a copy) is made private too.
  closeSync(openSync(file, 'a', PRIVATE_MODE));
  makePrivate(file, `${file}-wal`, `${file}-shm`);
  // The busy timeout lets a second process wait for the write lock instead of failing.
  const database = new SqliteDatabase(file, { timeout: 30_000 });
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 30000');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  return {
    db: new Kysely<Database>({ dialect: new SqliteImmediateDialect({ database }) }),
    native: database,
  };
}

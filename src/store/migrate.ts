import { type Kysely, Migrator } from 'kysely';
import { StrongtiesError } from '../core/errors.js';
import type { DialectName } from './dialect.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

/**
 * Brings the schema to the latest version. Safe when two processes open the database at once: on
 * PostgreSQL Kysely takes an advisory lock, on SQLite the migration runs in a `BEGIN IMMEDIATE`
 * transaction (see sqlite-immediate-dialect.ts).
 */
export async function migrateToLatest(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  // Up to date (the common case): nothing to write, so no write lock to wait for while an import
  // holds it — reading the applied versions is enough.
  const known = await migrator.getMigrations();
  if (known.every((m) => m.executedAt !== undefined)) return;
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StrongtiesError('database', `database migration ${failed} failed: ${String(error)}`, {
      cause: error,
    });
  }
}

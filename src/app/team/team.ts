import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import { StrongtiesError } from '../../core/errors.js';
import { migrateToLatest } from '../../store/migrate.js';
import { openPostgres, postgresPool } from '../../store/open-postgres.js';
import { ownerScopedStore } from '../../store/postgres/owner-scoped.js';
import { applyRowSecurity, assertApplicationRole } from '../../store/postgres/rls.js';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';

/**
 * The team server's database: one pool as the application role. `db` reaches the team's shared
 * tables (members, sessions, audit, flags, team policy) and, without an owner, no member's rows;
 * `storeFor(id)` is a member's own store, isolated by row-level security.
 */
export interface Team {
  readonly db: Kysely<Database>;
  storeFor(accountId: number): Store;
  close(): Promise<void>;
}

export interface TeamUrls {
  /** The application role: owns nothing, subject to every policy. */
  databaseUrl: string;
  /** The owner (migration) role: migrates and applies the policies, then disconnects. */
  migrationUrl?: string | undefined;
}

/**
 * Opens the team database. With the migration URL, it first brings the schema to the latest version
 * and applies the row-level security (both under advisory locks: servers starting together migrate
 * once). Refuses an application role that could read across members.
 */
export async function openTeam(urls: TeamUrls, options: { poolSize?: number } = {}): Promise<Team> {
  const pool = postgresPool(urls.databaseUrl, options.poolSize ?? 20);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const { rows } = await sql<{ me: string }>`select current_user as me`.execute(db);
    const appRole = rows[0]?.me ?? '';
    if (urls.migrationUrl) await migrateAsOwner(urls.migrationUrl, appRole);
    await assertApplicationRole(db);
  } catch (error) {
    await db.destroy();
    if (error instanceof StrongtiesError) throw error;
    throw new StrongtiesError('database', `cannot open the team database: ${String(error)}`, {
      cause: error,
    });
  }
  const stores = new Map<number, Store>();
  return {
    db,
    storeFor(accountId) {
      let store = stores.get(accountId);
      if (!store) {
        store = ownerScopedStore(pool as pg.Pool, accountId);
        stores.set(accountId, store);
      }
      return store;
    },
    close: () => db.destroy(),
  };
}

async function migrateAsOwner(url: string, appRole: string): Promise<void> {
  const owner = openPostgres(url);
  try {
    await migrateToLatest(owner, 'postgres');
    await applyRowSecurity(owner, appRole);
  } finally {
    await owner.destroy();
  }
}

import { type Kysely, type Migration, sql } from 'kysely';
import { type DialectName, idColumn } from '../dialect.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
type AnyDb = Kysely<any>;

/**
 * The team server (issue 17): members and their sign-in, sessions, the audit log, the team's shared
 * flags and policy, and each member's own policy (an owner table). Created on both dialects so the
 * schema is one; only `ties serve --team` on PostgreSQL uses them, under row-level security
 * (src/store/postgres/rls.ts).
 */
export function teamAccountsMigration(dialect: DialectName): Migration {
  const id = idColumn(dialect);
  const account = (c: Parameters<typeof id>[0]) => c.notNull().references('accounts.id').onDelete('cascade');
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('team_members')
        .addColumn('account_id', 'integer', (c) => account(c).primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'member')`))
        // Null until the member chooses a password through their one-time link.
        .addColumn('password_hash', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('team_links')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'integer', account)
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema
        .createTable('team_sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'integer', account)
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('team_sessions_by_account')
        .on('team_sessions')
        .column('account_id')
        .execute();
      await db.schema
        .createTable('team_audit')
        .addColumn('id', 'integer', id)
        .addColumn('at', 'text', (c) => c.notNull())
        // Not a reference: the log outlives the members it names.
        .addColumn('account_id', 'integer')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject', 'text')
        .addColumn('address', 'text')
        .execute();
      await db.schema
        .createIndex('team_audit_by_subject')
        .on('team_audit')
        .columns(['action', 'subject', 'at'])
        .execute();
      await db.schema
        .createIndex('team_audit_by_address')
        .on('team_audit')
        .columns(['action', 'address', 'at'])
        .execute();
      await db.schema
        .createTable('team_flags')
        .addColumn('person_key', 'text', (c) => c.notNull())
        .addColumn('account_id', 'integer', account)
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('opportunist', 'scammer')`))
        .addColumn('flagged_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('team_flags_pk', ['person_key', 'account_id'])
        .execute();
      await db.schema
        .createTable('team_policy')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('member_policies')
        .addColumn('owner_id', 'integer', (c) => c.notNull().references('accounts.id').primaryKey())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

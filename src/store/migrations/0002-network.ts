import { type Kysely, type Migration, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
type AnyDb = Kysely<any>;

/**
 * Tending the network (issue 7): the clean-up review's answer on each connection, and named segments
 * whose rule (JSON, core/network/segment-rules.ts) selects people beside those tagged by hand.
 */
export function networkMigration(_dialect: DialectName): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .alterTable('connections')
        .addColumn('review_status', 'text', (c) => c.check(sql`review_status in ('keep', 'remove', 'skip')`))
        .execute();
      await db.schema.alterTable('connections').addColumn('review_at', 'text').execute();
      await db.schema
        .createTable('segments')
        .addColumn('owner_id', 'integer', (c) => c.notNull().references('accounts.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('rule', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('segments_pk', ['owner_id', 'name'])
        .execute();
    },
  };
}

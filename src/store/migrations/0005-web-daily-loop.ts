import type { Kysely, Migration } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
type AnyDb = Kysely<any>;

/**
 * The web app's daily loop (issue 11, issue 18 item 3):
 * - `change_log.origin`: what made a batch (`auto` for `triage --auto`, `import` for replies found by
 *   an import; null for one user action), so that undoing a batch can say what it takes back.
 * - `drafts.status_at`: when a draft was marked sent or discarded (the outbox's history).
 */
export function webDailyLoopMigration(): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema.alterTable('change_log').addColumn('origin', 'text').execute();
      await db.schema.alterTable('drafts').addColumn('status_at', 'text').execute();
    },
    async down(db: AnyDb) {
      await db.schema.alterTable('drafts').dropColumn('status_at').execute();
      await db.schema.alterTable('change_log').dropColumn('origin').execute();
    },
  };
}

import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../dialect.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
type AnyDb = Kysely<any>;

/**
 * Tie strength groups every message by conversation, sender and recipients (app/network/
 * gather-evidence.ts). This index holds exactly those columns, so the grouping reads the index in
 * order instead of the messages' long contents: 280 → 192 ms for 200,000 messages on SQLite.
 * SQLite only: PostgreSQL aggregates by hashing anyway, and its B-tree entries are capped at about
 * 2.7 kB, which a large group conversation's recipient list could exceed and so fail the insert.
 */
export function tieEvidenceIndexMigration(dialect: DialectName): Migration {
  return {
    async up(db: AnyDb) {
      if (dialect !== 'sqlite') return;
      await db.schema
        .createIndex('messages_tie_evidence')
        .on('messages')
        .columns([
          'owner_id',
          'is_draft',
          'conversation_id',
          'from_person_id',
          'sender_profile_url',
          'recipient_profile_urls',
          'sent_at',
        ])
        .execute();
    },
    async down(db: AnyDb) {
      if (dialect !== 'sqlite') return;
      await db.schema.dropIndex('messages_tie_evidence').execute();
    },
  };
}

import { type Kysely, type Migration, sql } from 'kysely';
import { type DialectName, idColumn } from '../dialect.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
type AnyDb = Kysely<any>;

/**
 * The daily job (issue 5): the policies decisions were taken under, decisions, drafts, replies, and
 * the change log that makes every change undoable. Every row carries `owner_id`.
 */
export function triageMigration(dialect: DialectName): Migration {
  const id = idColumn(dialect);
  return {
    async up(db: AnyDb) {
      const owner = (c: Parameters<typeof id>[0]) => c.notNull().references('accounts.id');
      await db.schema.alterTable('invitations').addColumn('signals', 'text').execute();

      await db.schema
        .createTable('policies')
        .addColumn('owner_id', 'integer', owner)
        .addColumn('version', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('policies_pk', ['owner_id', 'version'])
        .execute();

      await db.schema
        .createTable('decisions')
        .addColumn('id', 'integer', id)
        .addColumn('owner_id', 'integer', owner)
        .addColumn('invitation_id', 'integer', (c) => c.references('invitations.id'))
        .addColumn('person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('decision', 'text', (c) =>
          c.notNull().check(sql`decision in ('accept', 'decline', 'ask', 'ignore', 'later')`),
        )
        .addColumn('rule', 'text')
        .addColumn('reason', 'text')
        .addColumn('policy_version', 'text')
        .addColumn('decided_by', 'text', (c) => c.notNull().check(sql`decided_by in ('policy', 'user')`))
        .addColumn('decided_at', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text')
        .addColumn('undone_at', 'text')
        .execute();
      await db.schema
        .createIndex('decisions_by_invitation')
        .on('decisions')
        .columns(['owner_id', 'invitation_id'])
        .execute();
      await db.schema
        .createIndex('decisions_by_person')
        .on('decisions')
        .columns(['owner_id', 'person_id'])
        .execute();

      await db.schema
        .createTable('replies')
        .addColumn('id', 'integer', id)
        .addColumn('owner_id', 'integer', owner)
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
        .addColumn('invitation_id', 'integer', (c) => c.references('invitations.id'))
        .addColumn('decision_id', 'integer', (c) => c.references('decisions.id'))
        // The message it came from; null when pasted. Unique: a re-import finds it once.
        .addColumn('message_key', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) =>
          c.notNull().check(sql`label in ('need', 'pitch', 'ack', 'hostile')`),
        )
        .addColumn('confidence', 'real', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('signals', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('pasted', 'messages')`))
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('suggestion', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
        .addUniqueConstraint('replies_owner_message', ['owner_id', 'message_key'])
        .execute();
      await db.schema
        .createIndex('replies_by_person')
        .on('replies')
        .columns(['owner_id', 'person_id'])
        .execute();

      await db.schema
        .createTable('drafts')
        .addColumn('id', 'integer', id)
        .addColumn('owner_id', 'integer', owner)
        .addColumn('invitation_id', 'integer', (c) => c.references('invitations.id'))
        .addColumn('person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('reply_id', 'integer', (c) => c.references('replies.id'))
        .addColumn('variant', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('parts', 'text', (c) => c.notNull())
        .addColumn('length', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'sent', 'discarded')`))
        .addColumn('edited', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('drafts_by_invitation')
        .on('drafts')
        .columns(['owner_id', 'invitation_id'])
        .execute();
      await db.schema.createIndex('drafts_by_status').on('drafts').columns(['owner_id', 'status']).execute();

      await db.schema
        .createTable('change_log')
        .addColumn('id', 'integer', id)
        .addColumn('owner_id', 'integer', owner)
        // Entries written by one action share a batch: undo takes back the whole batch.
        .addColumn('batch', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('invitation_id', 'integer', (c) => c.references('invitations.id'))
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('before_state', 'text', (c) => c.notNull())
        .addColumn('after_state', 'text', (c) => c.notNull())
        .addColumn('undone_at', 'text')
        .execute();
      await db.schema
        .createIndex('change_log_by_owner')
        .on('change_log')
        .columns(['owner_id', 'id'])
        .execute();
      await db.schema
        .createIndex('change_log_by_person')
        .on('change_log')
        .columns(['owner_id', 'person_id'])
        .execute();
    },
  };
}

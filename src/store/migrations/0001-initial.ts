import { type Kysely, type Migration, sql } from 'kysely';
import { type DialectName, idColumn } from '../dialect.js';

/**
 * The foundation: the account, people and what the LinkedIn export brings. Every row a user owns
 * carries `owner_id`, so the team server needs no rewrite. Later features add their own migrations
 * (decisions, drafts, replies, log, policies, settings).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
type AnyDb = Kysely<any>;

export function initialMigration(dialect: DialectName): Migration {
  const id = idColumn(dialect);
  const owner = (col: Parameters<typeof id>[0]) => col.notNull().references('accounts.id');
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'integer', id)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('profile_url', 'text')
        .addColumn('first_name', 'text')
        .addColumn('last_name', 'text')
        .addColumn('headline', 'text')
        .addColumn('summary', 'text')
        .addColumn('websites', 'text')
        .addColumn('twitter', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db
        .insertInto('accounts')
        .values({ id: 1, name: 'local', created_at: new Date().toISOString() })
        .execute();
      if (dialect === 'postgres') {
        // The explicit id 1 did not advance the identity sequence.
        await sql`select setval(pg_get_serial_sequence('accounts', 'id'), 1)`.execute(db);
      }

      await db.schema
        .createTable('people')
        .addColumn('id', 'integer', id)
        .addColumn('owner_id', 'integer', owner)
        .addColumn('person_key', 'text', (c) => c.notNull())
        .addColumn('profile_url', 'text')
        .addColumn('first_name', 'text', (c) => c.notNull())
        .addColumn('last_name', 'text', (c) => c.notNull())
        .addColumn('headline', 'text')
        .addColumn('network', 'text', (c) => c.notNull().defaultTo('linkedin'))
        .addColumn('met_in_person', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('exchanged_in_group', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('remembered', 'text', (c) => c.check(sql`remembered in ('yes', 'no')`))
        .addColumn('notes', 'text')
        .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('flag', 'text', (c) => c.check(sql`flag in ('opportunist', 'scammer')`))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('people_owner_key', ['owner_id', 'person_key'])
        .execute();

      await db.schema
        .createTable('tags')
        .addColumn('owner_id', 'integer', owner)
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('tag', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('tags_pk', ['owner_id', 'person_id', 'tag'])
        .execute();
      await db.schema.createIndex('tags_by_tag').on('tags').columns(['owner_id', 'tag']).execute();

      await db.schema
        .createTable('imports')
        .addColumn('id', 'integer', id)
        .addColumn('owner_id', 'integer', owner)
        .addColumn('archive', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('summary', 'text')
        .execute();

      await db.schema
        .createTable('connections')
        .addColumn('id', 'integer', id)
        .addColumn('owner_id', 'integer', owner)
        .addColumn('connection_key', 'text', (c) => c.notNull())
        .addColumn('person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('connected_on', 'text')
        .addColumn('company', 'text')
        .addColumn('position', 'text')
        .addColumn('email', 'text')
        .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('status', 'text', (c) =>
          c.notNull().defaultTo('current').check(sql`status in ('current', 'removed')`),
        )
        .addColumn('removed_on', 'text')
        .addColumn('removal_confirmed_at', 'text')
        .addColumn('first_import_id', 'integer', (c) => c.references('imports.id'))
        .addColumn('last_import_id', 'integer', (c) => c.references('imports.id'))
        .addUniqueConstraint('connections_owner_key', ['owner_id', 'connection_key'])
        .execute();
      await db.schema
        .createIndex('connections_by_status')
        .on('connections')
        .columns(['owner_id', 'status', 'connected_on'])
        .execute();
      await db.schema.createIndex('connections_by_person').on('connections').column('person_id').execute();

      await db.schema
        .createTable('invitations')
        .addColumn('id', 'integer', id)
        .addColumn('owner_id', 'integer', owner)
        .addColumn('invitation_key', 'text', (c) => c.notNull())
        .addColumn('person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('incoming', 'outgoing')`))
        .addColumn('from_name', 'text', (c) => c.notNull())
        .addColumn('to_name', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
        .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('linkedin', 'manual', 'csv')`))
        .addColumn('network', 'text', (c) => c.notNull().defaultTo('linkedin'))
        .addColumn('label', 'text')
        .addColumn('label_confidence', 'real')
        .addColumn('lang', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('invitations_owner_key', ['owner_id', 'invitation_key'])
        .execute();
      await db.schema
        .createIndex('invitations_by_status')
        .on('invitations')
        .columns(['owner_id', 'direction', 'status', 'sent_at'])
        .execute();
      await db.schema.createIndex('invitations_by_person').on('invitations').column('person_id').execute();

      await db.schema
        .createTable('messages')
        .addColumn('id', 'integer', id)
        .addColumn('owner_id', 'integer', owner)
        .addColumn('message_key', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text', (c) => c.notNull())
        .addColumn('conversation_title', 'text', (c) => c.notNull())
        .addColumn('from_name', 'text', (c) => c.notNull())
        .addColumn('from_person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('sender_profile_url', 'text')
        .addColumn('to_names', 'text', (c) => c.notNull())
        .addColumn('recipient_profile_urls', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('folder', 'text', (c) => c.notNull())
        .addColumn('is_draft', 'integer', (c) => c.notNull().defaultTo(0))
        .addUniqueConstraint('messages_owner_key', ['owner_id', 'message_key'])
        .execute();
      await db.schema
        .createIndex('messages_by_conversation')
        .on('messages')
        .columns(['owner_id', 'conversation_id', 'sent_at'])
        .execute();
      await db.schema.createIndex('messages_by_sender').on('messages').column('from_person_id').execute();

      await db.schema
        .createTable('positions')
        .addColumn('id', 'integer', id)
        .addColumn('owner_id', 'integer', owner)
        .addColumn('position_key', 'text', (c) => c.notNull())
        .addColumn('company', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('location', 'text')
        .addColumn('started_on', 'text')
        .addColumn('finished_on', 'text')
        .addUniqueConstraint('positions_owner_key', ['owner_id', 'position_key'])
        .execute();

      await db.schema
        .createTable('endorsements')
        .addColumn('id', 'integer', id)
        .addColumn('owner_id', 'integer', owner)
        .addColumn('endorsement_key', 'text', (c) => c.notNull())
        .addColumn('person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('skill', 'text', (c) => c.notNull())
        .addColumn('endorser_name', 'text', (c) => c.notNull())
        .addColumn('endorser_profile_url', 'text')
        .addColumn('endorsed_at', 'text')
        .addUniqueConstraint('endorsements_owner_key', ['owner_id', 'endorsement_key'])
        .execute();
      await db.schema.createIndex('endorsements_by_person').on('endorsements').column('person_id').execute();

      await db.schema
        .createTable('recommendations')
        .addColumn('id', 'integer', id)
        .addColumn('owner_id', 'integer', owner)
        .addColumn('recommendation_key', 'text', (c) => c.notNull())
        .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('received', 'given')`))
        .addColumn('first_name', 'text', (c) => c.notNull())
        .addColumn('last_name', 'text', (c) => c.notNull())
        .addColumn('company', 'text')
        .addColumn('job_title', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('written_at', 'text')
        .addColumn('status', 'text')
        .addUniqueConstraint('recommendations_owner_key', ['owner_id', 'recommendation_key'])
        .execute();
    },
  };
}

import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../dialect.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
type AnyDb = Kysely<any>;

/**
 * Each import records, per kind of file it merged, the files' fingerprints and the state it left
 * (JSON, app/import-fingerprints.ts), so that a re-import skips a file that did not change.
 */
export function importFilesMigration(_dialect: DialectName): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema.alterTable('imports').addColumn('files', 'text').execute();
    },
    async down(db: AnyDb) {
      await db.schema.alterTable('imports').dropColumn('files').execute();
    },
  };
}

import type { Kysely } from 'kysely';
import { OWNER_TABLES } from '../../store/owner-tables.js';
import type { Database } from '../../store/schema.js';
import { untyped } from './owner-rows.js';

/** True when a row of any owner table names the person (the registry knows every reference). */
export async function isPersonReferenced(
  db: Kysely<Database>,
  ownerId: number,
  personId: number,
): Promise<boolean> {
  for (const table of OWNER_TABLES) {
    for (const [column, target] of Object.entries(table.refs)) {
      if (target !== 'people') continue;
      const row = await untyped(db)
        .selectFrom(table.name)
        .select(column)
        .where('owner_id', '=', ownerId)
        .where(column, '=', personId)
        .limit(1)
        .executeTakeFirst();
      if (row !== undefined) return true;
    }
  }
  return false;
}

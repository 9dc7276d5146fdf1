import { sql } from 'kysely';
import { expect, inject, test } from 'vitest';
import { openPostgres } from '../../store/open-postgres.js';
import { openTeam } from './team.js';
import { createTeamDatabase } from './testing/team-database.js';

const pgUrl = inject('postgresUrl');

// Two servers starting at once on an empty database (separate pools, as two processes would have):
// both open, and every migration ran once. A process-level test is still to write (issue-17 notes).
test.skipIf(pgUrl === '')('two team servers opening an empty database together migrate it once', async () => {
  const database = await createTeamDatabase(pgUrl);
  try {
    const teams = await Promise.all([openTeam(database), openTeam(database), openTeam(database)]);
    for (const t of teams) await t.close();
    const db = openPostgres(database.migrationUrl);
    const { rows } = await sql<{ name: string; n: number }>`select name, count(*)::int as n
      from kysely_migration group by name`.execute(db);
    await db.destroy();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const r of rows) expect(r.n, r.name).toBe(1);
  } finally {
    await database.drop();
  }
});

import type { Migration, MigrationProvider } from 'kysely';
import type { DialectName } from '../dialect.js';
import { initialMigration } from './0001-initial.js';
import { networkMigration } from './0002-network.js';
import { triageMigration } from './0003-triage.js';
import { tieEvidenceIndexMigration } from './0004-tie-evidence-index.js';
import { webDailyLoopMigration } from './0005-web-daily-loop.js';
import { teamAccountsMigration } from './0006-team-accounts.js';
import { importFilesMigration } from './0007-speed-import-files.js';

/**
 * Migrations in code (no directory scan: the package may be bundled). Names sort in the order they
 * apply; a migration, once released, never changes — add the next number instead.
 */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': initialMigration(dialect),
    '0002-network': networkMigration(dialect),
    '0003-triage': triageMigration(dialect),
    '0004-tie-evidence-index': tieEvidenceIndexMigration(dialect),
    '0005-web-daily-loop': webDailyLoopMigration(),
    '0006-team-accounts': teamAccountsMigration(dialect),
    '0007-speed-import-files': importFilesMigration(dialect),
  };
  return { getMigrations: async () => migrations };
}

import { type Kysely, sql } from 'kysely';
import { StrongtiesError } from '../../core/errors.js';
import { OWNER_TABLES } from '../owner-tables.js';
import type { Database } from '../schema.js';
import { TEAM_TABLE_NAMES } from '../team-schema.js';

/** The setting every owner table's policy reads; set per transaction (`set_config(…, true)`). */
export const OWNER_SETTING = 'strongties.owner';

// Unset, the setting is NULL; after a transaction that set it, the same connection reads '' — both
// match no row (never an error that a caller might retry without it).
const CURRENT_OWNER = sql.raw(`nullif(current_setting('${OWNER_SETTING}', true), '')::int`);

/**
 * The tables whose rows one member owns: those of the registry, and any table of the live schema with
 * an `owner_id` column — a table another branch adds later gets its policy without being named here.
 */
export async function ownerTablesOf(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.columns
    where table_schema = current_schema() and column_name = 'owner_id'`.execute(db);
  return [...new Set([...OWNER_TABLES.map((t) => t.name as string), ...rows.map((r) => r.name)])].sort();
}

/**
 * Row-level security for the team server, run by the owner (migration) role after every migration,
 * under an advisory lock so that servers starting together apply it once at a time. Idempotent:
 * policies are dropped and created again. The application role gets plain DML and nothing else: it
 * owns no table, so it cannot disable or bypass a policy; FORCE makes even the owner subject to RLS,
 * and the owner's own policy is the one that lets migrations and backups see every row.
 */
export async function applyRowSecurity(db: Kysely<Database>, appRole: string): Promise<string[]> {
  const app = sql.id(appRole);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('strongties-row-security'))`.execute(trx);
    const { rows } = await sql<{ me: string }>`select current_user as me`.execute(trx);
    const owner = sql.id(rows[0]?.me ?? 'postgres');
    const tables = await ownerTablesOf(trx);
    for (const name of tables) {
      const table = sql.id(name);
      await sql`alter table ${table} enable row level security`.execute(trx);
      await sql`alter table ${table} force row level security`.execute(trx);
      await sql`drop policy if exists strongties_owner on ${table}`.execute(trx);
      await sql`drop policy if exists strongties_migrator on ${table}`.execute(trx);
      await sql`create policy strongties_owner on ${table} to ${app}
        using (owner_id = ${CURRENT_OWNER}) with check (owner_id = ${CURRENT_OWNER})`.execute(trx);
      await sql`create policy strongties_migrator on ${table} to ${owner} using (true) with check (true)`.execute(
        trx,
      );
      await sql`grant select, insert, update, delete on ${table} to ${app}`.execute(trx);
    }
    // A member sees and changes only their own account row; an admin creates accounts (the app checks
    // the role), with an id taken from the sequence, since RETURNING would need to see the new row.
    await sql`alter table accounts enable row level security`.execute(trx);
    await sql`alter table accounts force row level security`.execute(trx);
    for (const policy of ['strongties_own_account', 'strongties_new_account', 'strongties_migrator']) {
      await sql`drop policy if exists ${sql.id(policy)} on accounts`.execute(trx);
    }
    await sql`create policy strongties_own_account on accounts to ${app}
      using (id = ${CURRENT_OWNER}) with check (id = ${CURRENT_OWNER})`.execute(trx);
    await sql`create policy strongties_new_account on accounts for insert to ${app} with check (true)`.execute(
      trx,
    );
    await sql`create policy strongties_migrator on accounts to ${owner} using (true) with check (true)`.execute(
      trx,
    );
    await sql`grant select, insert, update, delete on accounts to ${app}`.execute(trx);
    for (const name of TEAM_TABLE_NAMES) {
      await sql`grant select, insert, update, delete on ${sql.id(name)} to ${app}`.execute(trx);
    }
    await sql`grant usage, select on all sequences in schema public to ${app}`.execute(trx);
    await createTeamStatsFunction(trx, app);
    return tables;
  });
}

/**
 * Counts across the team without saying whose network a person is in: only totals leave the
 * function, which runs as the owner role (SECURITY DEFINER) because the app role sees one owner.
 */
async function createTeamStatsFunction(db: Kysely<Database>, app: ReturnType<typeof sql.id>): Promise<void> {
  await sql`create or replace function strongties_team_stats()
    returns table (members bigint, people bigint, shared_people bigint, invitations bigint, decisions bigint)
    language sql stable security definer set search_path = public as $$
      select
        (select count(*) from team_members),
        (select count(distinct person_key) from people),
        (select count(*) from (select person_key from people group by person_key
           having count(distinct owner_id) > 1) shared),
        (select count(*) from invitations),
        (select count(*) from decisions where undone_at is null)
    $$`.execute(db);
  await sql`revoke all on function strongties_team_stats() from public`.execute(db);
  await sql`grant execute on function strongties_team_stats() to ${app}`.execute(db);
}

/**
 * Refuses to serve as a role that could read across members: a superuser or BYPASSRLS role, or one
 * that owns a table (an owner may turn its policies off).
 */
export async function assertApplicationRole(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ name: string; bypass: boolean; owned: number }>`
    select r.rolname as name, (r.rolsuper or r.rolbypassrls) as bypass,
      (select count(*)::int from pg_class c where c.relowner = r.oid and c.relkind in ('r', 'p')
         and c.relnamespace = current_schema()::regnamespace) as owned
    from pg_roles r where r.rolname = current_user`.execute(db);
  const role = rows[0];
  if (!role) throw new StrongtiesError('database', 'cannot read the database role');
  if (role.bypass || role.owned > 0) {
    throw new StrongtiesError(
      'invalid-config',
      `DATABASE_URL connects as ${role.name}, which ${role.bypass ? 'bypasses row-level security' : 'owns tables'}: ` +
        'the team server needs an application role that owns nothing (see docs/team.md)',
    );
  }
}

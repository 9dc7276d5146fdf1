import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

const INT8 = 20;
const NUMERIC = 1700;

// count(*) and sums are int8/numeric, which `pg` returns as strings to avoid precision loss; our
// counts stay far below 2^53, so they become numbers. Set on this pool only, not on `pg` globally.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

export function openPostgres(url: string): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: postgresPool(url) }) });
}

/** The pool behind `openPostgres`; the team server shares one between every member's store. */
export function postgresPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types: types as pg.CustomTypesConfig });
  // An idle client whose server connection ends (a restart, an administrator's terminate) emits
  // 'error' on the pool; unhandled, that would crash the process. The pool drops that client and the
  // next query opens a fresh connection, so there is nothing more to do here.
  pool.on('error', () => undefined);
  return pool;
}

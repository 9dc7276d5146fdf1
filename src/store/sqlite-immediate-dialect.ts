import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
} from 'kysely';

/**
 * Kysely's SQLite dialect, with two changes that make several processes safe on one database file:
 *
 * - Transactions start with `BEGIN IMMEDIATE`. A deferred transaction that reads and then writes
 *   fails at once with SQLITE_BUSY when another process wrote in between (the busy timeout cannot
 *   help); taking the write lock first makes writers queue on the busy timeout instead.
 * - The adapter declares transactional DDL (SQLite has it), so Kysely's migrator runs inside one
 *   such transaction: two processes opening a fresh database migrate one after the other, and the
 *   second finds the work done.
 */
export class SqliteImmediateDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];

  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new SqliteImmediateDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new SqliteTransactionalDdlAdapter();
  }
}

class SqliteImmediateDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class SqliteTransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

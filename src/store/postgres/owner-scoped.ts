import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  Kysely,
  PostgresAdapter,
  PostgresDriver,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type pg from 'pg';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';
import { OWNER_SETTING } from './rls.js';

/**
 * A connection that runs every statement inside a transaction that names the owner: a statement
 * outside an explicit transaction gets its own (`begin; set_config(…, true)` … `commit`), so no
 * query on this store can run without the setting, and the setting dies with its transaction (a
 * pooled connection handed to another member carries nothing over).
 */
class OwnerConnection implements DatabaseConnection {
  inTransaction = false;
  constructor(
    readonly inner: DatabaseConnection,
    private readonly setOwner: CompiledQuery,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction) return this.inner.executeQuery<R>(query);
    await this.inner.executeQuery(CompiledQuery.raw('begin'));
    try {
      await this.inner.executeQuery(this.setOwner);
      const result = await this.inner.executeQuery<R>(query);
      await this.inner.executeQuery(CompiledQuery.raw('commit'));
      return result;
    } catch (error) {
      await this.inner.executeQuery(CompiledQuery.raw('rollback'));
      throw error;
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    if (!this.inTransaction) throw new Error('stream owner-scoped queries inside a transaction');
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class OwnerDriver extends PostgresDriver {
  readonly #setOwner: CompiledQuery;
  constructor(pool: pg.Pool, ownerId: number) {
    super({ pool });
    if (!Number.isInteger(ownerId) || ownerId <= 0) throw new Error(`invalid owner id ${ownerId}`);
    this.#setOwner = CompiledQuery.raw(`select set_config('${OWNER_SETTING}', $1, true)`, [String(ownerId)]);
  }
  override async acquireConnection(): Promise<DatabaseConnection> {
    return new OwnerConnection(await super.acquireConnection(), this.#setOwner);
  }
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const c = connection as OwnerConnection;
    await super.beginTransaction(c.inner, settings);
    await c.inner.executeQuery(this.#setOwner);
    c.inTransaction = true;
  }
  override async commitTransaction(connection: DatabaseConnection) {
    const c = connection as OwnerConnection;
    c.inTransaction = false;
    await super.commitTransaction(c.inner);
  }
  override async rollbackTransaction(connection: DatabaseConnection) {
    const c = connection as OwnerConnection;
    c.inTransaction = false;
    await super.rollbackTransaction(c.inner);
  }
  override async savepoint(c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await super.savepoint((c as OwnerConnection).inner, name, compile);
  }
  override async rollbackToSavepoint(
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ) {
    await super.rollbackToSavepoint((c as OwnerConnection).inner, name, compile);
  }
  override async releaseSavepoint(
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ) {
    await super.releaseSavepoint((c as OwnerConnection).inner, name, compile);
  }
  override async releaseConnection(connection: DatabaseConnection) {
    // biome-ignore lint/suspicious/noExplicitAny: the inner connection is the base driver's own.
    await super.releaseConnection((connection as OwnerConnection).inner as any);
  }
  /** The pool is shared by every member's store: the team server ends it. */
  override async destroy() {}
}

/** A store over the shared pool that sees one owner's rows only, by the database's own policies. */
export function ownerScopedStore(pool: pg.Pool, ownerId: number): Store {
  const dialect: Dialect = {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new OwnerDriver(pool, ownerId),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
  const db = new Kysely<Database>({ dialect });
  return {
    db,
    dialect: 'postgres',
    transaction: (fn) => db.transaction().execute(fn),
    importTransaction: (fn) => db.transaction().execute(fn),
    ownerScoped: true,
    close: async () => undefined,
  };
}

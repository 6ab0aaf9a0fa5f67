// The embedded database's Prisma driver adapter over libSQL (SQLite; its binary comes inside a registry package, so
// installing needs no build). One writer connection per file, shared by every client of this process and taken in
// turn through a queue; reads outside a transaction go to a reader connection of their own, so they never see, wait
// for or roll back with another request's open transaction (WAL gives them the last committed state).
import { resolve } from 'node:path';
import Database from 'libsql';
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';
import { rethrowForEngine } from './sqlite-errors.js';
import { argsOf, columnTypesOf, rowForEngine } from './sqlite-values.js';
import { FifoGate } from '../fifo-gate.js';

type Connection = InstanceType<typeof Database>;

const ADAPTER_NAME = '@thidua/db/sqlite';
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Statements that only read run on the reader; anything else (including PRAGMA and RETURNING writes) on the writer. */
const isRead = (sql: string): boolean => /^\s*SELECT\b/i.test(sql);

const open = (path: string, role: 'writer' | 'reader'): Connection => {
  const connection = new Database(path);
  // WAL lets readers work while the writer commits; NORMAL sync is durable in WAL mode; FKs are per connection.
  // The writer never waits inside SQLite (that would stall the event loop): `beginImmediate` waits asynchronously.
  if (role === 'writer') connection.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 0');
  else connection.exec(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  connection.exec('PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON');
  // A write sent to the reader by mistake fails loudly instead of taking the file's write lock behind the queue.
  if (role === 'reader') connection.exec('PRAGMA query_only = ON');
  connection.defaultSafeIntegers(true);
  return connection;
};

/** The one writer of a file in this process (several Prisma clients on one file share it, as tests and the CLI do). */
interface Writer {
  key: string;
  connection: Connection;
  queue: FifoGate;
  users: number;
}
const writers = new Map<string, Writer>();

const takeWriter = (path: string): Writer => {
  const key = path === ':memory:' ? `:memory:#${writers.size}:${Math.random()}` : resolve(path);
  const writer = writers.get(key) ?? { key, connection: open(path, 'writer'), queue: new FifoGate(1), users: 0 };
  writers.set(key, writer);
  writer.users++;
  return writer;
};

const dropWriter = (writer: Writer): void => {
  if (--writer.users > 0) return;
  writer.connection.close();
  writers.delete(writer.key);
};

/** Statements SQLite refuses, or ignores, inside a transaction; scripts (migrations) manage their own. */
const outsideTransaction = (sql: string): boolean =>
  /^\s*(PRAGMA|VACUUM|BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|ATTACH|DETACH)\b/i.test(sql);

const EXCLUSIVE_LOCKING = /^\s*PRAGMA\s+(main\.)?locking_mode\s*=\s*EXCLUSIVE\s*;?\s*$/i;

const isBusy = (e: unknown): boolean => /^SQLITE_BUSY/.test(String((e as { code?: unknown })?.code ?? ''));
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Takes the file's write lock, waiting without blocking while another process (a backup, a shell) holds it. */
const beginImmediate = async (connection: Connection): Promise<void> => {
  const deadline = Date.now() + SQLITE_BUSY_TIMEOUT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      connection.exec('BEGIN IMMEDIATE');
      return;
    } catch (e) {
      if (!isBusy(e) || Date.now() >= deadline) return rethrowForEngine(e);
      await pause(Math.min(2 ** attempt, 25));
    }
  }
};

const runWaitingInSqlite = <T>(connection: Connection, work: (c: Connection) => T): T => {
  connection.exec(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  try {
    return work(connection);
  } finally {
    connection.exec('PRAGMA busy_timeout = 0');
  }
};

const STATEMENTS_KEPT = 500;
const prepared = new WeakMap<Connection, Map<string, ReturnType<Connection['prepare']>>>();

/** The engine sends the same few hundred statements over and over: preparing each once saves a parse per query. */
const prepare = (connection: Connection, sql: string): ReturnType<Connection['prepare']> => {
  let cache = prepared.get(connection);
  if (!cache) prepared.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    if (cache.size >= STATEMENTS_KEPT) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
  }
  return statement;
};

const run = (connection: Connection, query: SqlQuery): SqlResultSet => {
  try {
    const args = argsOf(query);
    const statement = prepare(connection, query.sql);
    if (!statement.reader) {
      statement.run(args);
      return { columnNames: [], columnTypes: [], rows: [] };
    }
    const columns = statement.columns();
    const rows = statement.raw(true).all(args) as unknown[][];
    const columnTypes = columnTypesOf(
      columns.map((c) => c.type),
      rows,
    );
    return {
      columnNames: columns.map((c) => c.name),
      columnTypes,
      rows: rows.map((row) => rowForEngine(row, columnTypes)),
    };
  } catch (e) {
    return rethrowForEngine(e);
  }
};

const execute = (connection: Connection, query: SqlQuery): number => {
  try {
    return prepare(connection, query.sql).run(argsOf(query)).changes;
  } catch (e) {
    return rethrowForEngine(e);
  }
};

class SqliteTransaction implements Transaction {
  readonly provider = 'sqlite' as const;
  readonly adapterName = ADAPTER_NAME;
  // The engine sends BEGIN's partners COMMIT and ROLLBACK itself, as real statements.
  readonly options = { usePhantomQuery: false };

  constructor(
    private readonly connection: Connection,
    private readonly release: () => void,
  ) {}

  queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => run(this.connection, query);
  executeRaw = async (query: SqlQuery): Promise<number> => execute(this.connection, query);
  commit = async (): Promise<void> => this.end();
  rollback = async (): Promise<void> => this.end();

  /** The next holder must never start inside what is left of this transaction (a COMMIT that failed, say). */
  private end(): void {
    try {
      if (this.connection.inTransaction) this.connection.exec('ROLLBACK');
    } finally {
      this.release();
    }
  }
}

class SqliteAdapter implements SqlDriverAdapter {
  readonly provider = 'sqlite' as const;
  readonly adapterName = ADAPTER_NAME;
  readonly #reader: Connection;

  constructor(
    path: string,
    private readonly writer: Writer,
  ) {
    // An in-memory database (the CLI's shadow database) exists only on its own connection.
    this.#reader = path === ':memory:' ? writer.connection : open(path, 'reader');
  }

  queryRaw = async (query: SqlQuery): Promise<SqlResultSet> =>
    isRead(query.sql) ? run(this.#reader, query) : this.write((c) => run(c, query), outsideTransaction(query.sql));

  executeRaw = async (query: SqlQuery): Promise<number> =>
    // The migration engine asks for exclusive locking, which would shut out this adapter's own reader; the write queue
    // and BEGIN IMMEDIATE already keep other writers out while a migration runs.
    EXCLUSIVE_LOCKING.test(query.sql) ? 0 : this.write((c) => execute(c, query), outsideTransaction(query.sql));

  executeScript = async (script: string): Promise<void> =>
    this.write((c) => {
      try {
        c.exec(script);
      } catch (e) {
        rethrowForEngine(e);
      }
    }, true);

  // IMMEDIATE takes the file's write lock at BEGIN: a transaction that read first could not upgrade later.
  startTransaction = async (isolationLevel?: IsolationLevel): Promise<Transaction> => {
    if (isolationLevel && isolationLevel !== 'SERIALIZABLE')
      throw new Error(`SQLite transactions are SERIALIZABLE, not ${isolationLevel}`);
    const release = await this.writer.queue.acquire();
    try {
      await beginImmediate(this.writer.connection);
    } catch (e) {
      release();
      throw e;
    }
    return new SqliteTransaction(this.writer.connection, release);
  };

  /** A statement outside a transaction that may write: in turn, in a transaction of its own. Administrative work that
   * cannot run in one (migrations, VACUUM INTO, PRAGMA) runs as it is, letting SQLite wait for other processes. */
  private write<T>(work: (c: Connection) => T, bare = false): Promise<T> {
    return this.writer.queue.run(async () => {
      const connection = this.writer.connection;
      if (bare) return runWaitingInSqlite(connection, work);
      await beginImmediate(connection);
      try {
        const result = work(connection);
        if (connection.inTransaction) connection.exec('COMMIT');
        return result;
      } finally {
        if (connection.inTransaction) connection.exec('ROLLBACK');
      }
    });
  }

  dispose = async (): Promise<void> => {
    if (this.#reader !== this.writer.connection) this.#reader.close();
    dropWriter(this.writer);
  };
}

/**
 * The writer connection of a file while a transaction is open on it, for bulk work done by that transaction's holder
 * (a district import): prepared statements run here directly cost microseconds a row instead of Prisma's
 * milliseconds a statement. Undefined when no transaction is open, so it cannot be used outside one.
 */
export const writerInTransaction = (url: string): Connection | undefined => {
  const writer = writers.get(resolve(url.replace(/^file:/, '')));
  return writer?.connection.inTransaction ? writer.connection : undefined;
};

/** What Prisma's client and CLI are given for a `file:` URL. */
export class SqliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'sqlite' as const;
  readonly adapterName = ADAPTER_NAME;

  constructor(private readonly url: string) {}

  connect = async (): Promise<SqlDriverAdapter> => {
    const path = this.url.replace(/^file:/, '');
    return new SqliteAdapter(path, takeWriter(path));
  };

  connectToShadowDb = async (): Promise<SqlDriverAdapter> => new SqliteAdapter(':memory:', takeWriter(':memory:'));
}

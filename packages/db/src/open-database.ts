// Opens the Prisma client for a database URL with the right driver adapter, tuned for a government workload:
// SQLite in WAL mode with a busy timeout (one process per file), PostgreSQL through a pool.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.js';
import { PrismaClient } from './generated/sqlite/client.js';
import { providerOf, type Provider } from './database-url.js';

/** Both generated clients have the same models; the SQLite one names the type. */
export type Db = PrismaClient;

export interface Database {
  db: Db;
  provider: Provider;
  url: string;
  close(): Promise<void>;
}

const SQLITE_BUSY_TIMEOUT_MS = 5000;

export const openDatabase = async (url: string, options: { poolSize?: number } = {}): Promise<Database> => {
  const provider = providerOf(url);
  if (provider === 'postgresql') {
    const db = new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: options.poolSize ?? 10 }) }) as unknown as Db;
    await db.$connect();
    return { db, provider, url, close: () => db.$disconnect() };
  }
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS }) });
  // WAL lets readers work while one writer commits; NORMAL sync is durable in WAL mode; FKs are per connection.
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  await db.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  await db.$executeRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  return { db, provider, url, close: () => db.$disconnect() };
};

// Opens the Prisma client for a database URL with the right driver adapter, tuned for a government workload:
// SQLite through libSQL with one queued writer and a separate reader per file (see sqlite/sqlite-adapter.ts),
// PostgreSQL through a pool.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from './generated/postgresql/client.js';
import { PrismaClient } from './generated/sqlite/client.js';
import { providerOf, type Provider } from './database-url.js';
import { SqliteAdapterFactory } from './sqlite/sqlite-adapter.js';

/** Both generated clients have the same models; the SQLite one names the type. */
export type Db = PrismaClient;

export interface Database {
  db: Db;
  provider: Provider;
  url: string;
  close(): Promise<void>;
}

const sqliteUrls = new WeakMap<Db, string>();

/** The `file:` URL a SQLite client was opened on (bulk writes find the file's writer connection by it). */
export const sqliteUrlOf = (db: Db): string | undefined => sqliteUrls.get(db);

export const openDatabase = async (url: string, options: { poolSize?: number } = {}): Promise<Database> => {
  const provider = providerOf(url);
  if (provider === 'postgresql') {
    const db = new PostgresClient({
      adapter: new PrismaPg({ connectionString: url, max: options.poolSize ?? 10 }),
    }) as unknown as Db;
    await db.$connect();
    return { db, provider, url, close: () => db.$disconnect() };
  }
  const db = new PrismaClient({ adapter: new SqliteAdapterFactory(url) });
  sqliteUrls.set(db, url);
  await db.$connect();
  return { db, provider, url, close: () => db.$disconnect() };
};

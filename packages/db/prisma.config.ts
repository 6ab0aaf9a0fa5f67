// Prisma CLI configuration: the JavaScript schema engine through driver adapters, so every command works
// offline. The provider follows DATABASE_URL: postgres… selects the PostgreSQL variant, anything else SQLite.
import path from 'node:path';
import type { PrismaConfig } from 'prisma';
import { SqliteAdapterFactory } from './src/sqlite/sqlite-adapter.ts';
import { PrismaPg } from '@prisma/adapter-pg';
import { nameAsTextPool } from './src/postgres/name-as-text-pool.ts';

// The schemas read DATABASE_URL; the embedded default makes every command work without setup.
process.env['DATABASE_URL'] ??= 'file:./data/thidua.db';
const url = process.env['DATABASE_URL'];
const postgres = /^postgres(ql)?:/.test(url);
const folder = postgres ? path.join('prisma', 'postgresql') : 'prisma';

export default {
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(folder, 'schema.prisma'),
  migrations: { path: path.join(folder, 'migrations') },
  adapter: async () => (postgres ? new PrismaPg(nameAsTextPool(url)) : new SqliteAdapterFactory(url)),
} satisfies PrismaConfig;

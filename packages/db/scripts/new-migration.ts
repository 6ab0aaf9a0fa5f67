// pnpm nx run db:new-migration --name=<what> — writes the next migration for BOTH providers from the source
// schema: applies the existing migrations to a scratch database, reads it back, and diffs it to the schema.
// (prisma migrate dev cannot run offline with driver adapters.)
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migratedSchemaFile, packageDir, runPrisma } from '../src/prisma-cli.js';
import { createEmptyPostgresDatabase } from '../src/testing/index.js';

const name = (process.argv.find((a) => a.startsWith('--name='))?.slice(7) ?? '')
  .replace(/[^a-z0-9_]/gi, '_')
  .toLowerCase();
if (!name) throw new Error('usage: new-migration.ts --name=<what_changed>');

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

const write = (url: string, schema: string, migrationsDir: string): void => {
  const file = migratedSchemaFile(url);
  const script = runPrisma(url, [
    'migrate',
    'diff',
    '--from-schema-datamodel',
    file,
    '--to-schema-datamodel',
    schema,
    '--script',
  ]).out;
  if (!/\S/.test(script.replace(/^--.*$/gm, ''))) return console.log(`${migrationsDir}: no change`);
  const dir = join(packageDir, migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), script);
  console.log(`wrote ${dir}/migration.sql`);
};

write(
  `file:${join(mkdtempSync(join(tmpdir(), 'thidua-migration-')), 'scratch.db')}`,
  'prisma/schema.prisma',
  'prisma/migrations',
);
const pg = await createEmptyPostgresDatabase();
try {
  write(pg.url, 'prisma/postgresql/schema.prisma', 'prisma/postgresql/migrations');
} finally {
  await pg.drop();
}

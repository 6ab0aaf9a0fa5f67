// pnpm nx run db:new-migration --name=<what> — writes the next migration for BOTH providers from the source
// schema: applies the existing migrations to a scratch database, reads it back, and diffs it to the schema.
// (prisma migrate dev cannot run offline with driver adapters.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmptyPostgresDatabase } from '../src/testing/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const prismaCli = fileURLToPath(import.meta.resolve('prisma/build/index.js'));
const name = (process.argv.find((a) => a.startsWith('--name='))?.slice(7) ?? '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
if (!name) throw new Error('usage: new-migration.ts --name=<what_changed>');

const prisma = (url: string, args: string[]): string =>
  execFileSync(process.execPath, [prismaCli, ...args], { cwd: packageDir, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

const write = (url: string, schema: string, migrationsDir: string): void => {
  prisma(url, ['migrate', 'deploy']);
  const pulled = prisma(url, ['db', 'pull', '--print']);
  const file = join(mkdtempSync(join(tmpdir(), 'thidua-migration-')), 'current.prisma');
  writeFileSync(file, pulled.slice(pulled.indexOf('generator client')));
  const script = prisma(url, ['migrate', 'diff', '--from-schema-datamodel', file, '--to-schema-datamodel', schema, '--script']);
  if (!/\S/.test(script.replace(/^--.*$/gm, ''))) return console.log(`${migrationsDir}: no change`);
  const dir = join(packageDir, migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), script);
  console.log(`wrote ${dir}/migration.sql`);
};

write(`file:${join(mkdtempSync(join(tmpdir(), 'thidua-migration-')), 'scratch.db')}`, 'prisma/schema.prisma', 'prisma/migrations');
const pg = await createEmptyPostgresDatabase();
try {
  write(pg.url, 'prisma/postgresql/schema.prisma', 'prisma/postgresql/migrations');
} finally {
  await pg.drop();
}

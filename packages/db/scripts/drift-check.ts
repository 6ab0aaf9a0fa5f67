// Proves the migrations of a provider produce exactly the schema: applies them to a fresh database, reads the
// database back (db pull) and diffs it against the schema. Exit 1 on drift. Usage: drift-check.ts <database-url>
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { providerOf } from '../src/database-url.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const prismaCli = fileURLToPath(import.meta.resolve('prisma/build/index.js'));

const prisma = (url: string, args: string[], allowExit2 = false): { code: number; out: string } => {
  try {
    const out = execFileSync(process.execPath, [prismaCli, ...args], { cwd: packageDir, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    if (allowExit2 && err.status === 2) return { code: 2, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
    throw new Error(`prisma ${args.join(' ')} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
};

export const driftCheck = (freshUrl: string): { drift: boolean; summary: string } => {
  const schema = providerOf(freshUrl) === 'postgresql' ? 'prisma/postgresql/schema.prisma' : 'prisma/schema.prisma';
  prisma(freshUrl, ['migrate', 'deploy']);
  const pulled = prisma(freshUrl, ['db', 'pull', '--print']).out;
  const start = pulled.indexOf('generator client');
  if (start < 0) throw new Error(`db pull printed no schema:\n${pulled}`);
  const file = join(mkdtempSync(join(tmpdir(), 'thidua-drift-')), 'pulled.prisma');
  writeFileSync(file, pulled.slice(start));
  const diff = prisma(freshUrl, ['migrate', 'diff', '--from-schema-datamodel', file, '--to-schema-datamodel', schema, '--exit-code'], true);
  return { drift: diff.code === 2, summary: diff.out.replace(/^Loaded Prisma config.*\n/m, '').trim() };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2];
  if (!url) throw new Error('usage: drift-check.ts <fresh database url>');
  const { drift, summary } = driftCheck(url);
  console.log(drift ? `DRIFT between migrations and schema:\n${summary}` : 'migrations match the schema');
  process.exit(drift ? 1 : 0);
}

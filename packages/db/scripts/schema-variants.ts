// Derives the PostgreSQL schema from the one source schema (prisma/schema.prisma). With --check, fails if the
// committed variant has drifted from what the source gives.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = readFileSync(`${root}prisma/schema.prisma`, 'utf8');

export const postgresVariant = (schema: string): string => {
  const header = '// GENERATED from ../schema.prisma by `pnpm nx run db:generate`. Do not edit: edit the source.\n';
  const replaced = schema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output     = "../src/generated/sqlite"', 'output     = "../../src/generated/postgresql"');
  if (replaced === schema || !replaced.includes('"postgresql"') || !replaced.includes('generated/postgresql')) {
    throw new Error('schema-variants: the source schema no longer has the expected provider or output lines');
  }
  return header + replaced;
};

const target = `${root}prisma/postgresql/schema.prisma`;
const wanted = postgresVariant(source);
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== wanted) {
    console.error('prisma/postgresql/schema.prisma differs from the source schema: run `pnpm nx run db:generate`.');
    process.exit(1);
  }
  console.log('schema variants: in sync');
} else {
  mkdirSync(`${root}prisma/postgresql`, { recursive: true });
  writeFileSync(target, wanted);
}

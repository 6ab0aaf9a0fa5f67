// Proves the migrations of a provider produce exactly the schema: applies them to a fresh database, reads the
// database back (db pull) and diffs it against the schema. Exit 1 on drift. Usage: drift-check.ts <database-url>
import { providerOf } from '../src/database-url.js';
import { migratedSchemaFile, runPrisma } from '../src/prisma-cli.js';

export const driftCheck = (freshUrl: string): { drift: boolean; summary: string } => {
  const schema = providerOf(freshUrl) === 'postgresql' ? 'prisma/postgresql/schema.prisma' : 'prisma/schema.prisma';
  const file = migratedSchemaFile(freshUrl);
  const diff = runPrisma(
    freshUrl,
    ['migrate', 'diff', '--from-schema-datamodel', file, '--to-schema-datamodel', schema, '--exit-code'],
    { allowExit2: true },
  );
  return { drift: diff.code === 2, summary: diff.out.replace(/^Loaded Prisma config.*\n/m, '').trim() };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2];
  if (!url) throw new Error('usage: drift-check.ts <fresh database url>');
  const { drift, summary } = driftCheck(url);
  console.log(drift ? `DRIFT between migrations and schema:\n${summary}` : 'migrations match the schema');
  process.exit(drift ? 1 : 0);
}

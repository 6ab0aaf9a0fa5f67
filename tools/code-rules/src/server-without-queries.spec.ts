// The API server (apps/api) adapts HTTP to the use cases of @thidua/api and holds no database query of its own: a
// query there would escape the procedures' access rules, audit and tests on both databases.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SERVER = join(ROOT, 'apps/api/src');

/** A Prisma client call: a model's read or write, a raw query or a transaction, on whatever the client is called. */
export const PRISMA_CALL =
  /\.\s*(?:\$(?:queryRaw|queryRawUnsafe|executeRaw|executeRawUnsafe|transaction)\b|[a-z][A-Za-z]*\s*\.\s*(?:findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findMany|create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany|count|aggregate|groupBy)\s*\()/;

/** The server's own code: not its tests, not the harness that seeds them. */
const serverFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : serverFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [path] : [];
  });

describe('apps/api holds no database query', () => {
  it('recognises a query when it sees one', () => {
    expect(PRISMA_CALL.test('await database.db.orgUnit.findMany({ where })')).toBe(true);
    expect(PRISMA_CALL.test("await db.$queryRawUnsafe('SELECT 1')")).toBe(true);
    expect(PRISMA_CALL.test('tx.report.update({')).toBe(true);
    expect(PRISMA_CALL.test('await caller.reports.get({ unitId, year })')).toBe(false);
  });

  it('has none in any source file of the server', () => {
    const found = serverFiles(SERVER).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (PRISMA_CALL.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, postgresAvailable } from '../src/testing/index.js';
import { driftCheck } from './drift-check.js';

const withPostgres = await postgresAvailable();

describe('one schema, two providers', () => {
  it('the PostgreSQL schema is exactly what the source schema gives', () => {
    const script = fileURLToPath(new URL('./schema-variants.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, '--check'], { encoding: 'utf8' });
    expect(out).toContain('in sync');
  });

  it('SQLite migrations build exactly the schema', () => {
    const url = `file:${join(mkdtempSync(join(tmpdir(), 'thidua-drift-')), 'fresh.db')}`;
    expect(driftCheck(url)).toMatchObject({ drift: false });
  });

  it.runIf(withPostgres)('PostgreSQL migrations build exactly the schema', async () => {
    const fresh = await createEmptyPostgresDatabase();
    try {
      expect(driftCheck(fresh.url)).toMatchObject({ drift: false });
    } finally {
      await fresh.drop();
    }
  });
});

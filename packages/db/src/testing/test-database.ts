// Real databases for tests: a fresh SQLite file, or a fresh PostgreSQL database on the local server.
// In CI PostgreSQL must be there; on a developer machine without it, PostgreSQL tests are skipped loudly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate } from '../migrate.js';
import { openDatabase, type Database } from '../open-database.js';

export const POSTGRES_ADMIN_URL =
  process.env['THIDUA_TEST_POSTGRES_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

let available: Promise<boolean> | undefined;

/** Whether a PostgreSQL server answers; in CI a missing server is an error, not a skip. */
export const postgresAvailable = (): Promise<boolean> => {
  available ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch (e) {
      if (process.env['CI'])
        throw new Error(
          `PostgreSQL is required in CI but ${POSTGRES_ADMIN_URL} does not answer: ${(e as Error).message}`,
        );
      console.warn(
        `\n⚠ PostgreSQL tests SKIPPED: no server at ${POSTGRES_ADMIN_URL}.\n  Start one (pg_ctlcluster --skip-systemctl-redirect <version> main start) or set THIDUA_TEST_POSTGRES_URL.\n`,
      );
      return false;
    }
  })();
  return available;
};

/** The databases tests run on: SQLite always; PostgreSQL too when a server answers (required in CI). */
export const testProviders = async (): Promise<ReadonlyArray<'sqlite' | 'postgresql'>> =>
  (await postgresAvailable()) ? ['sqlite', 'postgresql'] : ['sqlite'];

export interface TestDatabase extends Database {
  /** Removes the database (file or PostgreSQL database). */
  destroy(): Promise<void>;
}

const withDatabaseName = (url: string, name: string): string => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

export const createTestDatabase = async (provider: 'sqlite' | 'postgresql'): Promise<TestDatabase> => {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-test-'));
    const url = await migrate(`file:${join(dir, 'test.db')}`);
    const database = await openDatabase(url);
    return {
      ...database,
      destroy: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `thidua_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = await migrate(withDatabaseName(POSTGRES_ADMIN_URL, name));
  const database = await openDatabase(url, { poolSize: 20 });
  return {
    ...database,
    destroy: async () => {
      await database.close();
      const drop = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await drop.end();
    },
  };
};

/** A fresh, empty PostgreSQL database URL (not migrated), for migration tests. */
export const createEmptyPostgresDatabase = async (): Promise<{ url: string; drop(): Promise<void> }> => {
  const name = `thidua_empty_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabaseName(POSTGRES_ADMIN_URL, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
};

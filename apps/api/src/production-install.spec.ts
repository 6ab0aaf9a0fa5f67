// A real installation: NODE_ENV=production never seeds demo accounts, refuses a database that still opens with the
// demo password, and gets its first administrator from `thidua admin bootstrap`, once.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@thidua/db';
import { createEmptyPostgresDatabase, testProviders } from '@thidua/db/testing';
import { scryptHash, seed } from '@thidua/db/seed';
import { describe, expect, it } from 'vitest';
import { runAdminCommand } from './admin/admin-command.js';
import { readEnv } from './env.js';
import { startApi } from './start.js';

const providers = await testProviders();

const emptyDatabase = async (provider: 'sqlite' | 'postgresql'): Promise<{ url: string; drop(): Promise<void> }> => {
  if (provider === 'postgresql') return createEmptyPostgresDatabase();
  return {
    url: `file:${join(await mkdtemp(join(tmpdir(), 'thidua-production-')), 'thidua.db')}`,
    drop: async () => undefined,
  };
};

const TOTP_KEY = Buffer.alloc(32, 3).toString('base64');
const AUDIT_KEY = Buffer.alloc(32, 4).toString('base64');
const production = (url: string) => ({
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://thidua.ninhson.example',
  TOTP_KEY,
  AUDIT_KEY,
  DATABASE_URL: url,
  PORT: '0',
  LOG_LEVEL: 'silent',
  NOTIFY_EVERY_SECONDS: '0',
});

const instance = async (base: string) =>
  (
    (await (await fetch(`${base}/trpc/auth.instance`)).json()) as {
      result: { data: { demo: boolean; needsBootstrap: boolean } };
    }
  ).result.data;

describe('configuration', () => {
  it('refuses to seed demo data in production, naming the setting', () => {
    expect(() => readEnv({ NODE_ENV: 'production', SEED_ON_FIRST_RUN: 'true' })).toThrow(
      /SEED_ON_FIRST_RUN: không được là true khi NODE_ENV=production/,
    );
    expect(
      readEnv({ NODE_ENV: 'production', PUBLIC_URL: 'https://thidua.ninhson.example', TOTP_KEY, AUDIT_KEY }),
    ).toMatchObject({ production: true, SEED_ON_FIRST_RUN: false });
    expect(() => readEnv({ NODE_ENV: 'production', PUBLIC_URL: 'https://thidua.ninhson.example', AUDIT_KEY })).toThrow(
      /TOTP_KEY: bắt buộc khi NODE_ENV=production/,
    );
    expect(() => readEnv({ NODE_ENV: 'production', PUBLIC_URL: 'https://thidua.ninhson.example', TOTP_KEY })).toThrow(
      /AUDIT_KEY: bắt buộc khi NODE_ENV=production/,
    );
    // The address on documents' QR codes is never taken from the request's Host header in production.
    expect(() => readEnv({ NODE_ENV: 'production', TOTP_KEY, AUDIT_KEY })).toThrow(
      /PUBLIC_URL: bắt buộc khi NODE_ENV=production/,
    );
    expect(readEnv({})).toMatchObject({ production: false, SEED_ON_FIRST_RUN: true });
  });
});

describe.each(providers)('a production installation on %s', (provider) => {
  it('starts empty with no account, is bootstrapped once and only once, and says which mode it is in', async () => {
    const database = await emptyDatabase(provider);
    try {
      const env = production(database.url);
      let api = await startApi(readEnv(env));
      try {
        expect(api.seeded).toBe(false);
        expect(api.needsBootstrap).toBe(true);
        await expect(instance(api.url)).resolves.toEqual({ demo: false, needsBootstrap: true });
      } finally {
        await api.close();
      }

      const first = await runAdminCommand(
        ['bootstrap', '--username', 'quantri.tinh', '--display-name', 'Quản trị tỉnh'],
        env,
      );
      expect(first).toMatchObject({ exitCode: 0, stderr: '' });
      expect(first.stdout).toMatch(/Mật khẩu dùng một lần \/ one-time password: [A-Z2-9-]{23}\n/);
      const second = await runAdminCommand(['bootstrap', '--username', 'quantri.khac'], env);
      expect(second).toMatchObject({ exitCode: 1, stdout: '' });
      expect(second.stderr).toContain('chỉ chạy một lần');
      expect(await runAdminCommand(['bootstrap'], env)).toMatchObject({
        exitCode: 2,
        stderr: expect.stringContaining('--username'),
      });

      api = await startApi(readEnv(env));
      try {
        expect(api.needsBootstrap).toBe(false);
        expect(await api.app.inject({ url: '/trpc/auth.instance' }).then((r) => r.json())).toMatchObject({
          result: { data: { demo: false, needsBootstrap: false } },
        });
        const accounts = await openDatabase(database.url).then(
          async (d) => [await d.db.user.findMany({ select: { username: true, role: true } }), await d.close()][0],
        );
        expect(accounts).toEqual([{ username: 'quantri.tinh', role: 'ADMIN' }]);
      } finally {
        await api.close();
      }
    } finally {
      await database.drop();
    }
  });
});

// The check reads accounts, not the database: one provider shows it (the PostgreSQL migrations cost a minute more).
describe('a production server pointed at a demo database', () => {
  const provider = 'sqlite';
  it('refuses to start on a database whose accounts still have the demo password', async () => {
    const database = await emptyDatabase(provider);
    try {
      // A demo database, seeded as `pnpm start` does, then pointed at by a production server.
      const demo = await startApi(
        readEnv({
          DATABASE_URL: database.url,
          PORT: '0',
          LOG_LEVEL: 'silent',
          NOTIFY_EVERY_SECONDS: '0',
          SEED_ON_FIRST_RUN: 'false',
        }),
      );
      const opened = await openDatabase(database.url);
      await seed(opened.db, { hashPassword: scryptHash });
      await opened.close();
      await expect(instance(demo.url)).resolves.toEqual({ demo: true, needsBootstrap: false });
      await demo.close();
      await expect(startApi(readEnv(production(database.url)))).rejects.toThrow(
        /tài khoản còn dùng mật khẩu của dữ liệu mẫu/,
      );
    } finally {
      await database.drop();
    }
  });
});

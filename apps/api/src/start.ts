// Starts the API on a database: migrate, seed the demo data on first run, listen. Used by `pnpm start`, the
// product launcher and the browser tests, so all three run the server exactly as deployed.
import { startAuditCheckpoints } from './audit-checkpoints.js';
import {
  accountsWithDemoPassword,
  hashPassword,
  hasAdministrator,
  hasNoAccount,
  replayDemoReminders,
} from '@thidua/api';
import { migrate, openDatabase, providerOf, redactUrl, type Database } from '@thidua/db';
import { seed } from '@thidua/db/seed';
import type { FastifyInstance } from 'fastify';
import type { Env } from './env.js';
import { besideDatabase } from './data-dir.js';
import { createDeliver } from './notifications/mail-transport.js';
import { startNotificationJobs } from './notifications/notification-jobs.js';
import { buildServer } from './server.js';

export interface RunningApi {
  app: FastifyInstance;
  /** http://host:port the server listens on. */
  url: string;
  /** The database URL without its password. */
  database: string;
  seeded: boolean;
  /** Production with no administrator yet: the operator runs `pnpm thidua admin bootstrap`. */
  needsBootstrap: boolean;
  close(): Promise<void>;
}

/** A production server never opens doors whose key is printed in the README. */
const refuseDemoPasswords = async (database: Database): Promise<void> => {
  const accounts = await accountsWithDemoPassword(database.db);
  if (accounts.length === 0) return;
  await database.close();
  const list = accounts.slice(0, 10).join(', ') + (accounts.length > 10 ? ` … (${accounts.length})` : '');
  throw new Error(
    `NODE_ENV=production: ${accounts.length} tài khoản còn dùng mật khẩu của dữ liệu mẫu (${list}); đây là cơ sở dữ liệu demo hoặc cần đổi mật khẩu các tài khoản này trước. ` +
      `| ${accounts.length} account(s) still have the demo data's password; this is a demo database, or change their passwords first.`,
  );
};

/** Migrates with the owner's URL and returns the application role's URL, which must name a PostgreSQL database too. */
const migrateAsOwner = async (ownerUrl: string, appUrl: string | undefined): Promise<string> => {
  if (!appUrl || providerOf(appUrl) !== 'postgresql')
    throw new Error(
      'MIGRATION_DATABASE_URL cần DATABASE_URL là PostgreSQL (vai trò của ứng dụng) | MIGRATION_DATABASE_URL needs DATABASE_URL to be PostgreSQL (the application role)',
    );
  await migrate(ownerUrl);
  return appUrl;
};

export const startApi = async (env: Env): Promise<RunningApi> => {
  // The owner migrates (when given); the API then runs as DATABASE_URL's role.
  const url = env.MIGRATION_DATABASE_URL
    ? await migrateAsOwner(env.MIGRATION_DATABASE_URL, env.DATABASE_URL)
    : await migrate(env.DATABASE_URL);
  const database = await openDatabase(url);
  const firstRun = await hasNoAccount(database.db);
  if (env.production) await refuseDemoPasswords(database);
  if (firstRun && env.SEED_ON_FIRST_RUN) {
    await seed(database.db, { hashPassword });
    await replayDemoReminders(database.db, new Date());
  }
  const app = await buildServer(database, env);
  await app.listen({ host: env.HOST, port: env.PORT });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const deliver = createDeliver({
    smtpUrl: env.SMTP_URL,
    requireTls: env.SMTP_REQUIRE_TLS,
    from: env.MAIL_FROM,
    outboxDir: env.OUTBOX_DIR ?? besideDatabase(database, 'outbox'),
    appUrl: env.APP_ORIGINS[0] ?? env.PUBLIC_URL,
  });
  const jobs =
    env.NOTIFY_EVERY_SECONDS > 0
      ? startNotificationJobs(database, deliver, env.NOTIFY_EVERY_SECONDS * 1000, app.log)
      : null;
  const checkpoints =
    env.AUDIT_CHECKPOINT_EVERY_SECONDS > 0
      ? startAuditCheckpoints(database, env.AUDIT_KEY, env.AUDIT_CHECKPOINT_EVERY_SECONDS * 1000, app.log)
      : null;
  return {
    app,
    url: `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}`,
    database: redactUrl(url),
    seeded: firstRun && env.SEED_ON_FIRST_RUN,
    needsBootstrap: env.production && !(await hasAdministrator(database.db)),
    close: async () => {
      await jobs?.stop();
      checkpoints?.stop();
      await app.close();
      await database.close();
    },
  };
};

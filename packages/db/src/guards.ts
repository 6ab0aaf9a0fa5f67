// Rules the database itself enforces, installed after migrations (idempotent). Kept out of Prisma migrations
// because the PostgreSQL adapter splits migration scripts on ";" and cannot run a PL/pgSQL body.
import type { Database } from './open-database.js';

/** A one-row table whose update opens every SQLite write transaction (see `takeWriteLock`). */
export const SQLITE_WRITE_LOCK_TABLE = '_thidua_write_lock';

const SQLITE = [
  `CREATE TABLE IF NOT EXISTS "${SQLITE_WRITE_LOCK_TABLE}" ("id" INTEGER NOT NULL PRIMARY KEY, "n" INTEGER NOT NULL)`,
  `INSERT OR IGNORE INTO "${SQLITE_WRITE_LOCK_TABLE}" ("id", "n") VALUES (1, 0)`,
  `CREATE TRIGGER IF NOT EXISTS "AuditLog_no_update" BEFORE UPDATE ON "AuditLog" BEGIN SELECT RAISE(ABORT, 'AuditLog is append-only'); END`,
  `CREATE TRIGGER IF NOT EXISTS "AuditLog_no_delete" BEFORE DELETE ON "AuditLog" BEGIN SELECT RAISE(ABORT, 'AuditLog is append-only'); END`,
];

const POSTGRES = [
  `CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'AuditLog is append-only'; END; $$ LANGUAGE plpgsql`,
  `DROP TRIGGER IF EXISTS "AuditLog_no_update_delete" ON "AuditLog"`,
  `CREATE TRIGGER "AuditLog_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"()`,
  `DROP TRIGGER IF EXISTS "AuditLog_no_truncate" ON "AuditLog"`,
  `CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`,
];

export const installGuards = async ({ db, provider }: Database): Promise<void> => {
  for (const sql of provider === 'postgresql' ? POSTGRES : SQLITE) await db.$executeRawUnsafe(sql);
};

/**
 * Takes SQLite's write lock as the first statement of a transaction. A deferred transaction that reads first and
 * writes later fails at once with SQLITE_BUSY when another process wrote in between (its snapshot cannot be
 * upgraded); writing first makes it wait for the lock under busy_timeout instead. A no-op on PostgreSQL.
 */
export const takeWriteLock = async (tx: { $executeRawUnsafe(sql: string): Promise<number> }, provider: 'sqlite' | 'postgresql'): Promise<void> => {
  if (provider === 'sqlite') await tx.$executeRawUnsafe(`UPDATE "${SQLITE_WRITE_LOCK_TABLE}" SET "n" = "n" + 1 WHERE "id" = 1`);
};

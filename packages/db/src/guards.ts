// Rules the database itself enforces, installed after migrations (idempotent). Kept out of Prisma migrations
// because the PostgreSQL adapter splits migration scripts on ";" and cannot run a PL/pgSQL body.
import type { Database } from './open-database.js';

const SQLITE = [
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

// The role the API should run as on PostgreSQL (docs/operations.md, "The database role"): it reads and writes rows
// but owns nothing, so it can neither drop nor disable the audit log's guards, nor rewrite the log.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Database } from './index.js';
import { createEmptyPostgresDatabase, postgresAvailable } from './testing/index.js';

describe.runIf(await postgresAvailable())('the application role on PostgreSQL', () => {
  const role = `thidua_app_${randomUUID().slice(0, 8)}`;
  let owner: Database;
  let app: Database;
  let empty: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
  beforeAll(async () => {
    // Migrated (tables and guards) by the owner, as MIGRATION_DATABASE_URL does at start.
    empty = await createEmptyPostgresDatabase();
    owner = await openDatabase(await migrate(empty.url));
    // What docs/operations.md tells the office to run once, as the owner of the schema.
    for (const sql of [
      `CREATE ROLE ${role} LOGIN PASSWORD 'thu-nghiem'`,
      `GRANT USAGE ON SCHEMA public TO ${role}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    ])
      await owner.db.$executeRawUnsafe(sql);
    const url = new URL(empty.url);
    url.username = role;
    url.password = 'thu-nghiem';
    app = await openDatabase(url.toString());
  });
  afterAll(async () => {
    await app?.close();
    for (const sql of [
      `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`,
      `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${role}`,
      `REVOKE ALL ON SCHEMA public FROM ${role}`,
      `DROP ROLE ${role}`,
    ])
      await owner?.db.$executeRawUnsafe(sql);
    await owner?.close();
    await empty?.drop();
  });

  it('writes the audit log and reads it, like the API does', async () => {
    await app.db.auditLog.create({
      data: { action: 'test.entry', entity: 'Test', data: '{}', prevHash: '0', hash: randomUUID() },
    });
    expect(await app.db.auditLog.count()).toBe(1);
  });

  it('cannot drop or disable the guards, or edit or delete an audit entry', async () => {
    const triggers = await owner.db.$queryRawUnsafe<Array<{ tgname: string }>>(
      `SELECT tgname::text AS tgname FROM pg_trigger WHERE tgrelid = '"AuditLog"'::regclass AND NOT tgisinternal`,
    );
    expect(triggers.length).toBeGreaterThan(0);
    const trigger = triggers[0]!.tgname;
    await expect(app.db.$executeRawUnsafe(`DROP TRIGGER "${trigger}" ON "AuditLog"`)).rejects.toThrow(
      /must be owner|permission denied/,
    );
    await expect(app.db.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`)).rejects.toThrow(
      /must be owner|permission denied/,
    );
    await expect(app.db.$executeRawUnsafe(`UPDATE "AuditLog" SET "data" = '{}'`)).rejects.toThrow();
    await expect(app.db.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow();
    await expect(app.db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/permission denied/);
  });
});

import { describe, expect, it } from 'vitest';
import { useHarness } from '../testing/use-harness.js';

describe('audit completeness (sqlite)', () => {
  const h = useHarness('sqlite');

  it('a change whose audit entry fails is not kept: nothing changes without its record', async () => {
    const editor = await h.as('xa.lamson');
    const reportsBefore = await h.t.db.report.count();
    await h.t.db.$executeRawUnsafe(`CREATE TRIGGER "inject_audit_failure" BEFORE INSERT ON "AuditLog" BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    try {
      await expect(editor.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2022, values: [{ key: 'C-COMM-DOSSIERS', number: 70 }] })).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    } finally {
      await h.t.db.$executeRawUnsafe('DROP TRIGGER "inject_audit_failure"');
    }
    expect(await h.t.db.report.count()).toBe(reportsBefore);
    expect(await h.t.db.reportValue.count()).toBe(0);
  });

  it('every successful change has exactly one audit entry, and the chain shows tampering', async () => {
    const editor = await h.as('xa.lamson');
    const before = await h.t.db.auditLog.count();
    const d = await editor.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2023, values: [{ key: 'C-COMM-DOSSIERS', number: 70 }] });
    await editor.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2023, version: d.version, values: [{ key: 'C-COMM-DOSSIERS', number: 72 }] });
    await editor.reports.submit({ reportId: d.reportId, version: d.version + 1 });
    expect(await h.t.db.auditLog.count()).toBe(before + 3);
    const admin = await h.as('quantri');
    expect(await admin.audit.verify()).toMatchObject({ ok: true });
    // Someone with file access bypasses the guard and edits history: the chain no longer verifies.
    await h.t.db.$executeRawUnsafe('DROP TRIGGER "AuditLog_no_update"');
    await h.t.db.$executeRawUnsafe(`UPDATE "AuditLog" SET "data" = '{"values":[]}' WHERE "seq" = (SELECT MAX("seq") - 1 FROM "AuditLog")`);
    const report = await admin.audit.verify();
    expect(report.ok).toBe(false);
    expect(report.brokenAt).toBeGreaterThan(0);
  });
});

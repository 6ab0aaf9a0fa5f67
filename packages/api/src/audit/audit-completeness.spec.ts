import { describe, expect, it } from 'vitest';
import { useHarness } from '../testing/use-harness.js';
import { COMMUNE_2025 } from '../testing/api-harness.js';
import { auditHash, GENESIS_HASH } from './audit-hash.js';
import { auditKeyOf, writeCheckpoint } from './checkpoint.js';
import { verifyAuditChain } from './verify-chain.js';

describe('audit completeness (sqlite)', () => {
  const h = useHarness('sqlite');

  it('a change whose audit entry fails is not kept: nothing changes without its record', async () => {
    const editor = await h.as('xa.lamson');
    const reportsBefore = await h.t.db.report.count();
    await h.t.db.$executeRawUnsafe(
      `CREATE TRIGGER "inject_audit_failure" BEFORE INSERT ON "AuditLog" BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
    );
    try {
      await expect(
        editor.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2022, values: [{ key: 'C-COMM-DOSSIERS', number: 70 }] }),
      ).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    } finally {
      await h.t.db.$executeRawUnsafe('DROP TRIGGER "inject_audit_failure"');
    }
    expect(await h.t.db.report.count()).toBe(reportsBefore);
    expect(await h.t.db.reportValue.count()).toBe(0);
  });

  it('every successful change has exactly one audit entry, and the chain shows tampering', async () => {
    const editor = await h.as('xa.lamson');
    const before = await h.t.db.auditLog.count();
    const d = await editor.reports.saveDraft({
      unitId: 'U-LAM-SON',
      year: 2023,
      values: [{ key: 'C-COMM-DOSSIERS', number: 70 }],
    });
    await editor.reports.saveDraft({ unitId: 'U-LAM-SON', year: 2023, version: d.version, values: COMMUNE_2025 });
    await editor.reports.submit({ reportId: d.reportId, version: d.version + 1 });
    expect(await h.t.db.auditLog.count()).toBe(before + 3);
    const admin = await h.as('quantri');
    expect(await admin.audit.verify()).toMatchObject({ ok: true });
    // Someone with file access bypasses the guard and edits history: the chain no longer verifies.
    await h.t.db.$executeRawUnsafe('DROP TRIGGER "AuditLog_no_update"');
    await h.t.db.$executeRawUnsafe(
      `UPDATE "AuditLog" SET "data" = '{"values":[]}' WHERE "seq" = (SELECT MAX("seq") - 1 FROM "AuditLog")`,
    );
    const report = await admin.audit.verify();
    expect(report.ok).toBe(false);
    expect(report.brokenAt).toBeGreaterThan(0);
  });
});

describe('signed checkpoints of the audit chain (sqlite)', () => {
  const h = useHarness('sqlite');

  it('catch a chain rewritten with every hash recomputed, which the chain alone would not', async () => {
    const editor = await h.as('xa.lamson');
    await editor.reports.saveDraft({
      unitId: 'U-LAM-SON',
      year: 2024,
      values: [{ key: 'C-COMM-DOSSIERS', number: 70 }],
    });
    const admin = await h.as('quantri');
    expect(await admin.audit.verify()).toMatchObject({ ok: true, checkpointMismatchAt: null });
    expect(await h.t.db.auditCheckpoint.count()).toBe(1);
    // An attacker with the database file edits an old entry and recomputes every hash after it: the chain is whole again.
    await h.t.db.$executeRawUnsafe('DROP TRIGGER "AuditLog_no_update"');
    const entries = await h.t.db.auditLog.findMany({ orderBy: { seq: 'asc' } });
    let prev = GENESIS_HASH;
    for (const e of entries) {
      const data = e.action === 'report.save_draft' ? '{"values":[]}' : e.data;
      const hash = auditHash(prev, {
        at: e.at,
        actorId: e.actorId,
        actorRole: e.actorRole,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId,
        requestId: e.requestId,
        data,
      });
      await h.t.db.auditLog.update({ where: { seq: e.seq }, data: { data, prevHash: prev, hash } });
      prev = hash;
    }
    const report = await verifyAuditChain(h.t.db);
    expect(report.brokenAt).toBeNull();
    expect(report).toMatchObject({ ok: false, checkpointMismatchAt: entries.at(-1)!.seq });
  });

  it('catch the newest entries cut off, and a checkpoint not signed with the key', async () => {
    const db = h.t.db;
    await db.$executeRawUnsafe('DELETE FROM "AuditCheckpoint"');
    await (
      await h.as('xa.lamson')
    ).reports.saveDraft({ unitId: 'U-LAM-SON', year: 2025, values: [{ key: 'C-COMM-DOSSIERS', number: 71 }] });
    await writeCheckpoint(db, auditKeyOf(undefined), new Date());
    const head = await db.auditLog.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS "AuditLog_no_delete"`);
    await db.auditLog.delete({ where: { seq: head.seq } });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: null, checkpointMismatchAt: head.seq });
    const other = auditKeyOf(Buffer.alloc(32, 1).toString('base64'));
    expect((await verifyAuditChain(db, other)).unsignedCheckpoint).not.toBeNull();
  });
});

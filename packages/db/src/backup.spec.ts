import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase, restorePostgres } from './backup.js';
import { openDatabase, type Database } from './open-database.js';
import { createEmptyPostgresDatabase, createTestDatabase, postgresAvailable } from './testing/index.js';

const fill = async (d: Database) => {
  await d.db.orgUnit.create({
    data: { id: 'U-HOA-SON', name: 'xã Hòa Sơn', nameEn: 'Hòa Sơn commune', kind: 'commune', validFrom: '2000-01-01' },
  });
  await d.db.report.create({
    data: {
      movementId: 'm',
      unitId: 'U-HOA-SON',
      year: 2025,
      status: 'approved',
      values: { create: [{ key: 'C-COMM-DOSSIERS', numberValue: 71.25 }] },
    },
  });
  await d.db.auditLog.create({ data: { action: 'a', entity: 'e', data: '{}', prevHash: '0', hash: 'h' } });
};

const snapshot = async (d: Database) => ({
  units: await d.db.orgUnit.findMany({ select: { id: true, name: true } }),
  values: await d.db.reportValue.findMany({ select: { key: true, numberValue: true } }),
  audit: await d.db.auditLog.findMany({ select: { hash: true } }),
});

const withPostgres = await postgresAvailable();

describe('backup and restore', () => {
  it('SQLite: an online VACUUM INTO copy restores to the same data and passes the integrity check', async () => {
    const t = await createTestDatabase('sqlite');
    try {
      await fill(t);
      const dir = mkdtempSync(join(tmpdir(), 'thidua-backup-'));
      await backupDatabase(t, join(dir, 'backup.db'));
      copyFileSync(join(dir, 'backup.db'), join(dir, 'restored.db'));
      const restored = await openDatabase(`file:${join(dir, 'restored.db')}`);
      try {
        expect(await snapshot(restored)).toEqual(await snapshot(t));
        const [check] = await restored.db.$queryRawUnsafe<Array<{ integrity_check: string }>>('PRAGMA integrity_check');
        expect(check?.integrity_check).toBe('ok');
      } finally {
        await restored.close();
      }
    } finally {
      await t.destroy();
    }
  });

  it.runIf(withPostgres)('PostgreSQL: pg_dump restored with pg_restore gives the same data', async () => {
    const t = await createTestDatabase('postgresql');
    const target = await createEmptyPostgresDatabase();
    try {
      await fill(t);
      const file = join(mkdtempSync(join(tmpdir(), 'thidua-backup-')), 'backup.dump');
      await backupDatabase(t, file);
      restorePostgres(file, target.url);
      const restored = await openDatabase(target.url);
      try {
        expect(await snapshot(restored)).toEqual(await snapshot(t));
      } finally {
        await restored.close();
      }
    } finally {
      await t.destroy();
      await target.drop();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testProviders, type TestDatabase } from './testing/index.js';

const providers = await testProviders();

describe.each(providers)('%s database', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('stores and reads an org unit with Vietnamese text intact', async () => {
    await t.db.orgUnit.create({
      data: {
        id: 'U-LAM-SON',
        name: 'xã Lâm Sơn',
        nameEn: 'Lâm Sơn commune',
        kind: 'commune',
        validFrom: '2000-01-01',
      },
    });
    const unit = await t.db.orgUnit.findUniqueOrThrow({ where: { id: 'U-LAM-SON' }, select: { name: true } });
    expect(unit.name).toBe('xã Lâm Sơn');
  });

  it('refuses to update or delete audit entries', async () => {
    await t.db.auditLog.create({
      data: { action: 'test', entity: 'OrgUnit', data: '{}', prevHash: '0', hash: `h-${provider}` },
    });
    await expect(t.db.auditLog.updateMany({ data: { action: 'tampered' } })).rejects.toThrow();
    await expect(t.db.auditLog.deleteMany({})).rejects.toThrow();
    expect(await t.db.auditLog.count()).toBe(1);
  });

  it('keeps a quota counter safe with a conditional increment', async () => {
    await t.db.awardQuota.create({
      data: { movementId: 'm', reviewId: 'R-INTERIM', awardClass: 'collective', max: 5 },
    });
    const take = () =>
      t.db.awardQuota.updateMany({
        where: { movementId: 'm', reviewId: 'R-INTERIM', awardClass: 'collective', used: { lt: 5 } },
        data: { used: { increment: 1 } },
      });
    const results = await Promise.all(Array.from({ length: 12 }, take));
    expect(results.filter((r) => r.count === 1)).toHaveLength(5);
    expect((await t.db.awardQuota.findFirstOrThrow({ select: { used: true } })).used).toBe(5);
  });
});

describe('the embedded SQLite database', () => {
  it('runs in WAL mode with a busy timeout', async () => {
    const t = await createTestDatabase('sqlite');
    try {
      const [mode] = await t.db.$queryRawUnsafe<Array<{ journal_mode: string }>>('PRAGMA journal_mode');
      const [busy] = await t.db.$queryRawUnsafe<Array<{ timeout: bigint | number }>>('PRAGMA busy_timeout');
      expect(mode?.journal_mode).toBe('wal');
      expect(Number(busy?.timeout)).toBeGreaterThanOrEqual(5000);
    } finally {
      await t.destroy();
    }
  });
});

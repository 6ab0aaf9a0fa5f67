// The organisation's history as stored (units with their validity, succession events), in the domain's shape, so the
// domain's own checks judge a change before it commits.
import type { OrgHistory, OrgUnitKind } from '@thidua/domain';
import type { Db } from '@thidua/db';

/** Works on the database or inside a transaction (which then sees its own uncommitted change). */
export const storedHistory = async (tx: Pick<Db, 'orgUnit' | 'orgSuccession'>): Promise<OrgHistory> => {
  const [units, successions] = await Promise.all([
    tx.orgUnit.findMany({
      select: { id: true, name: true, nameEn: true, kind: true, parentId: true, validFrom: true, validTo: true },
      orderBy: { id: 'asc' },
    }),
    tx.orgSuccession.findMany({
      select: { type: true, date: true, basis: true, links: { select: { unitId: true, role: true } } },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
    }),
  ]);
  return {
    units: units.map((u) => ({
      id: u.id,
      name: { vi: u.name, en: u.nameEn },
      kind: u.kind as OrgUnitKind,
      ...(u.parentId ? { parentId: u.parentId } : {}),
      validFrom: u.validFrom,
      ...(u.validTo ? { validTo: u.validTo } : {}),
    })),
    successions: successions.map((s) => ({
      type: s.type as 'merge' | 'split' | 'rename',
      date: s.date,
      from: s.links.filter((l) => l.role === 'from').map((l) => l.unitId),
      to: s.links.filter((l) => l.role === 'to').map((l) => l.unitId),
      ...(s.basis ? { basis: s.basis } : {}),
    })),
  };
};

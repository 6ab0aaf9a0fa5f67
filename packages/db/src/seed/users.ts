// Seed users: one demo account per role (and per sector office, commune and sample unit), sharing DEMO_PASSWORD.
import type { Db } from '../open-database.js';
import type { SeedClock } from './clock.js';
import { unitById } from './org-units.js';
import { personById } from './people.js';

/** The shared password of every demo account. For demonstrations only: change it before any real use. */
export const DEMO_PASSWORD = 'NinhSon-ChuyenDoiSo-2025';

export type HashPassword = (plain: string) => Promise<string>;

export interface DemoAccount {
  username: string;
  role: string;
  unitId: string | null;
  unitName: string | null;
  sectorId: string | null;
  displayName: string;
  personId: string;
}

const account = (
  username: string,
  role: string,
  personId: string,
  unitId: string,
  sectorId: string | null = null,
): DemoAccount => ({
  username,
  role,
  unitId,
  unitName: unitById(unitId).name,
  sectorId,
  displayName: personById(personId).fullName,
  personId,
});

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  account('vhtt', 'ROLE-CULTURE', 'PER-001', 'PHONG-VHTT'),
  // Verifies what the head ('vhtt') approves: the movement keeps the two apart.
  account('vhtt.chuyenvien', 'ROLE-CULTURE', 'PER-044', 'PHONG-VHTT'),
  account('noivu', 'ROLE-HOME-AFFAIRS', 'PER-002', 'PHONG-NOI-VU'),
  account('hoidong1', 'ROLE-COUNCIL', 'PER-003', 'U-NINH-SON'),
  account('hoidong2', 'ROLE-COUNCIL', 'PER-004', 'HUYEN-DOAN'),
  account('hoidong3', 'ROLE-COUNCIL', 'PER-005', 'HOI-LHPN'),
  account('chutich', 'ROLE-CHAIR', 'PER-006', 'U-NINH-SON'),
  account('truyenthanh', 'ROLE-MEDIA', 'PER-007', 'TT-VHTT-TT'),
  account('mttq', 'ROLE-FRONT', 'PER-008', 'MTTQ-HUYEN'),
  account('quantri', 'ADMIN', 'PER-009', 'VP-HDND-UBND'),
  account('lanhdao', 'LEADER', 'PER-010', 'U-NINH-SON'),
  account('yte', 'SECTOR-EDITOR', 'PER-011', 'PHONG-Y-TE', 'S-HEALTH'),
  account('giaoduc', 'SECTOR-EDITOR', 'PER-012', 'PHONG-GD-DT', 'S-EDUCATION'),
  account('nongnghiep', 'SECTOR-EDITOR', 'PER-013', 'PHONG-NN-PTNT', 'S-AGRICULTURE'),
  account('tainguyen', 'SECTOR-EDITOR', 'PER-014', 'PHONG-TN-MT', 'S-LAND-ENV'),
  account('taichinh', 'SECTOR-EDITOR', 'PER-015', 'PHONG-TC-KH', 'S-FINANCE'),
  account('giaothong', 'SECTOR-EDITOR', 'PER-016', 'PHONG-KT-HT', 'S-TRANSPORT'),
  account('congnghiep', 'SECTOR-EDITOR', 'PER-017', 'PHONG-KT-HT', 'S-INDUSTRY'),
  account('thuongmai', 'SECTOR-EDITOR', 'PER-018', 'PHONG-KT-HT', 'S-ECOMMERCE-ENERGY'),
  account('dancu', 'SECTOR-EDITOR', 'PER-019', 'VP-HDND-UBND', 'S-RESIDENTS'),
  account('dulich', 'SECTOR-EDITOR', 'PER-020', 'PHONG-VHTT', 'S-TOURISM'),
  account('tt.tanson', 'UNIT-EDITOR', 'PER-021', 'U-TAN-SON'),
  account('xa.quangson', 'UNIT-EDITOR', 'PER-022', 'U-QUANG-SON'),
  account('xa.lamson', 'UNIT-EDITOR', 'PER-023', 'U-LAM-SON'),
  account('xa.luongson', 'UNIT-EDITOR', 'PER-024', 'U-LUONG-SON'),
  account('xa.hoason', 'UNIT-EDITOR', 'PER-025', 'U-HOA-SON'),
  account('xa.manoi', 'UNIT-EDITOR', 'PER-026', 'U-MA-NOI'),
  account('xa.myson', 'UNIT-EDITOR', 'PER-027', 'U-MY-SON'),
  account('xa.nhonson', 'UNIT-EDITOR', 'PER-028', 'U-NHON-SON'),
  account('xa.ninhson1', 'UNIT-EDITOR', 'PER-041', 'U-NINH-SON-1'),
  account('xa.ninhson2', 'UNIT-EDITOR', 'PER-042', 'U-NINH-SON-2'),
  account('xa.ninhson3', 'UNIT-EDITOR', 'PER-043', 'U-NINH-SON-3'),
  account('ldtbxh', 'UNIT-EDITOR', 'PER-029', 'PHONG-LD-TBXH'),
  account('huyendoan', 'UNIT-EDITOR', 'PER-030', 'HUYEN-DOAN'),
  account('dn.phanmem', 'UNIT-EDITOR', 'PER-031', 'DN-PHAN-MEM-TAN-SON'),
  account('dn.nongsan', 'UNIT-EDITOR', 'PER-032', 'DN-NONG-SAN-LAM-SON'),
];

export const userIdOf = (username: string): string => `USR-${username}`;

/** The account that files a unit's reports: its unit editor, else a sector editor of the unit; none for most offices. */
export const reporterOf = (unitId: string): DemoAccount | undefined =>
  DEMO_ACCOUNTS.find((a) => a.unitId === unitId && a.role === 'UNIT-EDITOR') ??
  DEMO_ACCOUNTS.find((a) => a.unitId === unitId && a.role === 'SECTOR-EDITOR');

/**
 * Creates missing accounts with a hash of DEMO_PASSWORD and refreshes the others' profile; an existing account keeps
 * its password hash, so re-seeding neither rehashes nor resets a changed password. Returns username → user ID.
 */
export const seedUsers = async (db: Db, hashPassword: HashPassword, clock: SeedClock): Promise<Map<string, string>> => {
  const usernames = DEMO_ACCOUNTS.map((a) => a.username);
  const existing = new Set(
    (await db.user.findMany({ where: { username: { in: usernames } }, select: { username: true } })).map(
      (u) => u.username,
    ),
  );
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.username));
  const hashes = new Map(
    await Promise.all(missing.map(async (a) => [a.username, await hashPassword(DEMO_PASSWORD)] as const)),
  );
  for (const hash of hashes.values()) {
    if (!hash || hash.includes(DEMO_PASSWORD))
      throw new Error('hashPassword must return a password hash, never the password itself');
  }
  await db.$transaction(
    DEMO_ACCOUNTS.map((a) => {
      const profile = {
        displayName: a.displayName,
        role: a.role,
        unitId: a.unitId,
        sectorId: a.sectorId,
        personId: a.personId,
      };
      return db.user.upsert({
        where: { username: a.username },
        create: {
          id: userIdOf(a.username),
          username: a.username,
          passwordHash: hashes.get(a.username) ?? '',
          passwordChangedAt: clock.now,
          ...profile,
        },
        update: profile,
      });
    }),
  );
  const rows = await db.user.findMany({ where: { username: { in: usernames } }, select: { id: true, username: true } });
  return new Map(rows.map((u) => [u.username, u.id]));
};

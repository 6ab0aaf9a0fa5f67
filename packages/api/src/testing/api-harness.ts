// A real database with a small Ninh Sơn fixture, and callers signed in as each role through the real login.
import { unlimited, type Limiter } from '../abuse/limiter.js';
import { generateTOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { ninhSonDx2021_2025 } from '@thidua/domain';
import { createTestDatabase, type TestDatabase } from '@thidua/db/testing';
import { hashPassword } from '../auth/password.js';
import { actorFromToken } from '../auth/session.js';
import type { Context } from '../context.js';
import { appRouter } from '../root.js';
import { MFA_ROLES, type Role } from '../roles.js';
import { createCallerFactory } from '../trpc.js';

export const PASSWORD = 'Ninh-Son-2025!';

/** A commune's complete, passing 2025 figures, as report input. */
/** A commune's complete 2025 report: every figure, with evidence where the plan requires it for a claim. */
export const COMMUNE_2025: Array<{ key: string; bool?: boolean; number?: number; evidenceUrl?: string }> = [
  { key: 'C-COL-LAUNCH', bool: true, evidenceUrl: 'https://example.invalid/ke-hoach-phat-dong.pdf' },
  { key: 'C-COL-INITIATIVE', number: 2, evidenceUrl: 'https://example.invalid/sang-kien.pdf' },
  { key: 'C-COMM-EFFECTIVE', bool: true, evidenceUrl: 'https://example.invalid/bao-cao-hieu-qua.pdf' },
  { key: 'C-COMM-DOSSIERS', number: 72.5 },
  { key: 'C-COMM-EDOCS', number: 100 },
  { key: 'C-COMM-SOCIOREPORTS', number: 100 },
  { key: 'C-COMM-DTI', number: 84 },
];

/** The same figures as stored report values. */
export const asStoredValues = (values: typeof COMMUNE_2025) =>
  values.map((v) => ({ key: v.key, boolValue: v.bool ?? null, numberValue: v.number ?? null }));
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export interface FixtureUser {
  username: string;
  role: Role;
  unitId?: string;
  sectorId?: string;
}

/** One user per role; editors of two communes and three sectors, so "own" and "other" both exist. */
export const FIXTURE_USERS: FixtureUser[] = [
  { username: 'vhtt', role: 'ROLE-CULTURE', unitId: 'PHONG-VHTT' },
  // The office's head: approves what 'vhtt' verified (the verifier may not approve, by default).
  { username: 'vhtt.truongphong', role: 'ROLE-CULTURE', unitId: 'PHONG-VHTT' },
  { username: 'noivu', role: 'ROLE-HOME-AFFAIRS', unitId: 'PHONG-NOI-VU' },
  { username: 'hoidong1', role: 'ROLE-COUNCIL' },
  { username: 'hoidong2', role: 'ROLE-COUNCIL' },
  { username: 'hoidong3', role: 'ROLE-COUNCIL' },
  { username: 'chutich', role: 'ROLE-CHAIR' },
  { username: 'truyenthanh', role: 'ROLE-MEDIA' },
  { username: 'mttq', role: 'ROLE-FRONT' },
  { username: 'quantri', role: 'ADMIN' },
  // A second administrator: a change to a running movement needs one's approval.
  { username: 'quantri2', role: 'ADMIN' },
  { username: 'lanhdao', role: 'LEADER' },
  { username: 'yte', role: 'SECTOR-EDITOR', unitId: 'PHONG-Y-TE', sectorId: 'S-HEALTH' },
  { username: 'giaoduc', role: 'SECTOR-EDITOR', unitId: 'PHONG-GD-DT', sectorId: 'S-EDUCATION' },
  // The land office: a sector with a yes/no indicator (I-LAND-EARLY-WARNING); its office is not a fixture unit.
  { username: 'tainguyen', role: 'SECTOR-EDITOR', sectorId: 'S-LAND-ENV' },
  { username: 'xa.lamson', role: 'UNIT-EDITOR', unitId: 'U-LAM-SON' },
  { username: 'xa.myson', role: 'UNIT-EDITOR', unitId: 'U-MY-SON' },
  { username: 'phong.yte', role: 'UNIT-EDITOR', unitId: 'PHONG-Y-TE' },
];

const UNITS = [
  { id: 'U-LAM-SON', name: 'xã Lâm Sơn', nameEn: 'Lâm Sơn commune', kind: 'commune', participantKind: 'commune' },
  { id: 'U-MY-SON', name: 'xã Mỹ Sơn', nameEn: 'Mỹ Sơn commune', kind: 'commune', participantKind: 'commune' },
  {
    id: 'PHONG-VHTT',
    name: 'Phòng Văn hóa và Thông tin',
    nameEn: 'Culture & Information office',
    kind: 'department',
    participantKind: 'department',
  },
  {
    id: 'PHONG-NOI-VU',
    name: 'Phòng Nội vụ',
    nameEn: 'Home Affairs office',
    kind: 'department',
    participantKind: 'department',
  },
  {
    id: 'PHONG-Y-TE',
    name: 'Phòng Y tế',
    nameEn: 'Health office',
    kind: 'department',
    participantKind: 'department',
    sectorId: 'S-HEALTH',
  },
  {
    id: 'PHONG-GD-DT',
    name: 'Phòng Giáo dục và Đào tạo',
    nameEn: 'Education office',
    kind: 'department',
    participantKind: 'department',
    sectorId: 'S-EDUCATION',
  },
];

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

export interface Harness {
  t: TestDatabase;
  clock: { now: Date };
  /** A caller with no session: the public (from 127.0.0.1 unless another network address is given). */
  anonymous(ip?: string): Promise<Caller>;
  /** A caller signed in as the user, second factor done where the role needs it. */
  as(username: string): Promise<Caller>;
  /** A caller for a raw session token (or none), with a cookie recorder. */
  withToken(token: string | undefined, ip?: string): Promise<{ caller: Caller; cookies: CookieJar }>;
  destroy(): Promise<void>;
}

export interface CookieJar {
  token: string | undefined;
  expiresAt: Date | undefined;
}

/** `limiter`: where abuse limits are counted; none by default (see `unlimited`), a real one for the tests of the limits. */
export const createHarness = async (
  provider: 'sqlite' | 'postgresql',
  options: { limiter?: Limiter } = {},
): Promise<Harness> => {
  const t = await createTestDatabase(provider);
  const clock = { now: new Date('2025-11-20T02:00:00Z') };
  await t.db.movementVersion.create({
    data: {
      movementId: ninhSonDx2021_2025.id,
      version: 1,
      active: true,
      definition: JSON.stringify(ninhSonDx2021_2025),
    },
  });
  for (const u of UNITS) await t.db.orgUnit.create({ data: { ...u, validFrom: '2000-01-01' } });
  await t.db.person.createMany({
    data: [
      {
        id: 'P-NGUYEN-VAN-AN',
        fullName: 'Nguyễn Văn An',
        position: 'Công chức Văn phòng - Thống kê',
        unitId: 'U-LAM-SON',
        email: 'an@example.invalid',
      },
      { id: 'P-TRAN-THI-BINH', fullName: 'Trần Thị Bình', position: 'Công chức Văn hóa - Xã hội', unitId: 'U-MY-SON' },
    ],
  });
  const passwordHash = await hashPassword(PASSWORD);
  for (const u of FIXTURE_USERS) {
    await t.db.user.create({
      data: {
        username: u.username,
        displayName: u.username,
        passwordHash,
        role: u.role,
        unitId: u.unitId ?? null,
        sectorId: u.sectorId ?? null,
        ...(MFA_ROLES.has(u.role) ? { totpSecret: TOTP_SECRET, totpEnabledAt: clock.now } : {}),
      },
    });
  }
  const context = async (token: string | undefined, cookies: CookieJar, ip = '127.0.0.1'): Promise<Context> => ({
    db: t.db,
    provider: t.provider,
    actor: await actorFromToken(t.db, token, clock.now),
    requestId: `test-${Math.random().toString(36).slice(2)}`,
    now: () => clock.now,
    ip,
    limiter: options.limiter ?? unlimited,
    userAgent: 'vitest',
    cookie: {
      set: (value, expiresAt) => Object.assign(cookies, { token: value, expiresAt }),
      clear: () => Object.assign(cookies, { token: undefined, expiresAt: undefined }),
    },
  });
  const withToken = async (token: string | undefined, ip?: string) => {
    const cookies: CookieJar = { token, expiresAt: undefined };
    return { caller: createCaller(await context(token, cookies, ip)), cookies };
  };
  const as = async (username: string) => {
    const { caller, cookies } = await withToken(undefined);
    const login = await caller.auth.login({ username, password: PASSWORD });
    const signedIn = await withToken(cookies.token);
    if (login.mfa === 'required') {
      const code = generateTOTP(decodeBase32IgnorePadding(TOTP_SECRET), 30, 6);
      // The second factor gives the session a new token.
      await signedIn.caller.auth.verifyTotp({ code });
      return (await withToken(signedIn.cookies.token)).caller;
    }
    return signedIn.caller;
  };
  return {
    t,
    clock,
    anonymous: async (ip?: string) => (await withToken(undefined, ip)).caller,
    as,
    withToken,
    destroy: () => t.destroy(),
  };
};

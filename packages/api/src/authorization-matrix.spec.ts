// Every procedure × every role (and the public) × own/other unit. A procedure missing from the table fails.
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testProviders } from '@thidua/db/testing';
import { appRouter } from './root.js';
import { ROLES, type Role } from './roles.js';
import { createHarness, FIXTURE_USERS, type Harness } from './testing/api-harness.js';
import { DOSSIER } from './testing/award-fixtures.js';

type Caller = Awaited<ReturnType<Harness['as']>>; // a signed-in or public caller
type Who = Role | 'public';
type Scope = 'own' | 'other';
interface Targets {
  unitId: string;
  reportId: string;
  /** The sector of the scope: S-HEALTH for the health office (the sector editor's own), S-EDUCATION otherwise. */
  sectorId: string;
  sectorReportId: string;
  /** An item of the scope's sector register. */
  registerItemId: string;
  /** A nomination the scope's unit proposed, and a person of the scope's unit: objects other units may not touch. */
  nominationId: string;
  personId: string;
}

const DISTRICT_READERS: Who[] = ['ROLE-CULTURE', 'ROLE-HOME-AFFAIRS', 'ROLE-COUNCIL', 'ROLE-CHAIR', 'LEADER', 'ADMIN'];
const everyone = () => true;
const signedIn = (who: Who) => who !== 'public';
const only =
  (...roles: Who[]) =>
  (who: Who) =>
    roles.includes(who);
const ownUnitOf =
  (...roles: Who[]) =>
  (who: Who, scope: Scope) =>
    roles.includes(who) && scope === 'own';
const readers = (who: Who, scope: Scope) =>
  DISTRICT_READERS.includes(who) || ((who === 'UNIT-EDITOR' || who === 'SECTOR-EDITOR') && scope === 'own');
const sectorReaders = (who: Who, scope: Scope) =>
  DISTRICT_READERS.includes(who) || (who === 'SECTOR-EDITOR' && scope === 'own');
const sectorOfUnit = (unitId: string) => (unitId === 'PHONG-Y-TE' ? 'S-HEALTH' : 'S-EDUCATION');

const ref = (t: Targets) => ({ reportId: t.reportId, version: 1 });
const sectorRef = (t: Targets) => ({ reportId: t.sectorReportId, version: 1 });
const reason = 'Lý do kiểm thử phân quyền đủ dài';

/** What each procedure is called with, and who may call it. */
const MATRIX: Record<
  string,
  { allowed: (who: Who, scope: Scope) => boolean; call: (c: Caller, t: Targets) => Promise<unknown> }
> = {
  'auth.login': { allowed: everyone, call: (c) => c.auth.login({ username: 'khong-ton-tai', password: 'x' }) },
  'auth.setupTotp': { allowed: signedIn, call: (c) => c.auth.setupTotp() },
  'auth.verifyTotp': { allowed: signedIn, call: (c) => c.auth.verifyTotp({ code: '000000' }) },
  'auth.logout': { allowed: signedIn, call: (c) => c.auth.logout() },
  'auth.me': { allowed: signedIn, call: (c) => c.auth.me() },
  'auth.recentFailures': { allowed: signedIn, call: (c) => c.auth.recentFailures() },
  'auth.changePassword': {
    allowed: signedIn,
    call: (c) => c.auth.changePassword({ current: 'sai-mat-khau', next: 'Mat-Khau-Moi-2026' }),
  },
  'auth.switchRole': { allowed: signedIn, call: (c) => c.auth.switchRole({ grantId: 'missing' }) },
  'auth.setLanguage': { allowed: signedIn, call: (c) => c.auth.setLanguage({ language: 'en' }) },
  'auth.instance': { allowed: everyone, call: (c) => c.auth.instance() },
  'movement.get': { allowed: everyone, call: (c) => c.movement.get() },
  'movement.timeline': { allowed: everyone, call: (c) => c.movement.timeline() },
  'movement.calendar': { allowed: everyone, call: (c) => c.movement.calendar() },
  'orgUnits.list': { allowed: everyone, call: (c) => c.orgUnits.list() },
  'leaderboard.get': { allowed: everyone, call: (c) => c.leaderboard.get({ year: 2025, kind: 'commune' }) },
  'openData.values': { allowed: everyone, call: (c) => c.openData.values({ year: 2025 }) },
  'plans.completeness': { allowed: everyone, call: (c) => c.plans.completeness() },
  'leaderboard.explain': {
    allowed: everyone,
    call: (c, t) => c.leaderboard.explain({ year: 2025, kind: 'commune', unitId: t.unitId }),
  },
  'reports.get': { allowed: readers, call: (c, t) => c.reports.get({ unitId: t.unitId, year: 2025 }) },
  'reports.queue': { allowed: only('ROLE-CULTURE'), call: (c) => c.reports.queue({ year: 2025 }) },
  'reports.standing': { allowed: readers, call: (c, t) => c.reports.standing({ unitId: t.unitId, year: 2025 }) },
  'reports.saveDraft': {
    allowed: ownUnitOf('UNIT-EDITOR'),
    call: (c, t) => c.reports.saveDraft({ unitId: t.unitId, year: 2025, version: 1, values: [] }),
  },
  'reports.submit': { allowed: ownUnitOf('UNIT-EDITOR'), call: (c, t) => c.reports.submit(ref(t)) },
  'reports.recordPaper': {
    allowed: only('ROLE-CULTURE'),
    call: (c, t) =>
      c.reports.recordPaper({
        ...ref(t),
        receivedOn: '2025-12-01',
        reference: '12/BC-UBND',
        scanUrl: `/api/evidence/${'a'.repeat(40)}.pdf`,
      }),
  },
  'reports.verify': { allowed: only('ROLE-CULTURE'), call: (c, t) => c.reports.verify(ref(t)) },
  'reports.approve': { allowed: only('ROLE-CULTURE'), call: (c, t) => c.reports.approve(ref(t)) },
  'reports.returnToUnit': {
    allowed: only('ROLE-CULTURE'),
    call: (c, t) => c.reports.returnToUnit({ ...ref(t), reason }),
  },
  'reports.unapprove': {
    allowed: only('ROLE-CULTURE', 'ADMIN'),
    call: (c, t) => c.reports.unapprove({ ...ref(t), reason }),
  },
  'audit.verify': { allowed: only('ADMIN'), call: (c) => c.audit.verify() },
  'audit.export': { allowed: only('ADMIN'), call: (c) => c.audit.export() },
  'audit.list': { allowed: only('ADMIN'), call: (c) => c.audit.list({ action: 'user.' }) },
  'nominations.propose': {
    allowed: ownUnitOf('UNIT-EDITOR'),
    call: (c, t) =>
      c.nominations.propose({
        awardClass: 'collective',
        reviewId: 'R-FINAL',
        unitId: t.unitId,
        achievements: 'Thành tích kiểm thử phân quyền đủ dài',
        dossier: DOSSIER,
      }),
  },
  'nominations.requirements': {
    allowed: only(...DISTRICT_READERS, 'UNIT-EDITOR'),
    call: (c) => c.nominations.requirements({ reviewId: 'R-FINAL' }),
  },
  'nominations.withdraw': {
    allowed: ownUnitOf('UNIT-EDITOR'),
    call: (c, t) => c.nominations.withdraw({ nominationId: t.nominationId, version: 1, reason: 'Kiểm thử phân quyền' }),
  },
  'nominations.comments': {
    allowed: only('ROLE-HOME-AFFAIRS', 'ROLE-COUNCIL'),
    call: (c) => c.nominations.comments({ nominationId: 'missing' }),
  },
  'nominations.hideComment': {
    allowed: only('ROLE-HOME-AFFAIRS'),
    call: (c) => c.nominations.hideComment({ commentId: 'missing', reason: 'Kiểm thử phân quyền' }),
  },
  'nominations.list': {
    allowed: only(...DISTRICT_READERS, 'UNIT-EDITOR'),
    call: (c) => c.nominations.list({ reviewId: 'R-FINAL' }),
  },
  'nominations.openComments': {
    allowed: only('ROLE-HOME-AFFAIRS'),
    call: (c) => c.nominations.openComments({ reviewId: 'R-INTERIM', until: '2099-01-01T00:00:00+07:00' }),
  },
  'nominations.publicList': { allowed: everyone, call: (c) => c.nominations.publicList({ reviewId: 'R-FINAL' }) },
  'nominations.comment': {
    allowed: everyone,
    call: (c) =>
      c.nominations.comment({
        nominationId: 'missing',
        body: 'Ý kiến kiểm thử phân quyền',
        authorName: 'Người dân',
        contact: '0912 345 678',
      }),
  },
  'council.ballot': {
    allowed: only('ROLE-COUNCIL', 'ROLE-HOME-AFFAIRS'),
    call: (c) => c.council.ballot({ reviewId: 'R-FINAL' }),
  },
  'council.appraise': {
    allowed: only('ROLE-HOME-AFFAIRS'),
    call: (c) => c.council.appraise({ nominationId: 'missing', version: 1, result: 'pass' }),
  },
  'council.openBallot': {
    allowed: only('ROLE-HOME-AFFAIRS'),
    call: (c) => c.council.openBallot({ reviewId: 'R-INTERIM', closesAt: '2099-01-01T00:00:00+07:00' }),
  },
  'council.vote': {
    allowed: only('ROLE-COUNCIL'),
    call: (c) => c.council.vote({ ballotId: 'missing', choices: [{ nominationId: 'missing', choice: 'yes' }] }),
  },
  'council.closeBallot': {
    allowed: only('ROLE-HOME-AFFAIRS'),
    call: (c) => c.council.closeBallot({ ballotId: 'missing', voters: 0 }),
  },
  'council.tally': { allowed: only('ROLE-HOME-AFFAIRS'), call: (c) => c.council.tally({ ballotId: 'missing' }) },
  'council.cancelBallot': {
    allowed: only('ROLE-HOME-AFFAIRS'),
    call: (c) => c.council.cancelBallot({ ballotId: 'missing', reason: 'Kiểm thử phân quyền hủy phiếu' }),
  },
  'decisions.grantor': {
    allowed: only('ROLE-CHAIR', 'ROLE-HOME-AFFAIRS'),
    call: (c) => c.decisions.grantor({ reviewId: 'R-FINAL', date: '2025-11-20' }),
  },
  'decisions.create': {
    allowed: only('ROLE-CHAIR'),
    call: (c) =>
      c.decisions.create({
        reviewId: 'R-FINAL',
        number: '1/QĐ-UBND',
        date: '2025-12-20',
        signer: 'Chủ tịch',
        nominationIds: ['missing'],
      }),
  },
  'registrations.get': { allowed: readers, call: (c, t) => c.registrations.get({ unitId: t.unitId }) },
  'registrations.register': {
    allowed: ownUnitOf('UNIT-EDITOR'),
    call: (c, t) =>
      c.registrations.register({
        unitId: t.unitId,
        pledges: 'Cam kết hoàn thành các chỉ tiêu chuyển đổi số',
        version: 1,
      }),
  },
  'plans.get': { allowed: readers, call: (c, t) => c.plans.get({ unitId: t.unitId }) },
  'plans.submit': {
    allowed: ownUnitOf('UNIT-EDITOR'),
    call: (c, t) =>
      c.plans.submit({
        unitId: t.unitId,
        title: 'Kế hoạch phát động',
        documentNumber: '12/KH-UBND',
        evidenceUrl: 'https://example.invalid/kh.pdf',
        version: 1,
      }),
  },
  'plans.recordPaper': {
    allowed: only('ROLE-CULTURE'),
    call: (c, t) =>
      c.plans.recordPaper({
        unitId: t.unitId,
        title: 'Kế hoạch phát động thi đua',
        receivedOn: '2025-06-02',
        reference: '12/KH-UBND',
        scanUrl: `/api/evidence/${'a'.repeat(40)}.pdf`,
      }),
  },
  'targets.progress': { allowed: everyone, call: (c) => c.targets.progress({ year: 2025 }) },
  'targets.record': {
    allowed: (who, scope) => who === 'ROLE-CULTURE' || (who === 'SECTOR-EDITOR' && scope === 'own'),
    call: (c, t) =>
      c.targets.record({
        targetId: 'T-G2-SECTOR-SHARE',
        year: 2025,
        sectorId: t.unitId === 'PHONG-Y-TE' ? 'S-HEALTH' : 'S-EDUCATION',
        value: 12,
      }),
  },
  'targets.observations': {
    allowed: only('ROLE-CULTURE', 'SECTOR-EDITOR'),
    call: (c) => c.targets.observations({ year: 2025 }),
  },
  'targets.correct': {
    allowed: only('ROLE-CULTURE'),
    call: (c) =>
      c.targets.correct({ observationId: 'missing', version: 1, value: 50, reason: 'kiểm thử phân quyền đủ dài' }),
  },
  'targets.approve': {
    allowed: only('ROLE-CULTURE'),
    call: (c) => c.targets.approve({ observationId: 'missing', version: 1 }),
  },
  'initiatives.publicList': { allowed: everyone, call: (c) => c.initiatives.publicList({ search: 'số' }) },
  'initiatives.create': {
    allowed: ownUnitOf('UNIT-EDITOR'),
    call: (c, t) =>
      c.initiatives.create({
        unitId: t.unitId,
        title: 'Chợ 4.0 không tiền mặt',
        summary: 'Thanh toán QR tại chợ trung tâm của xã, kiểm thử phân quyền',
      }),
  },
  'initiatives.list': { allowed: signedIn, call: (c) => c.initiatives.list({ status: 'pending' }) },
  'initiatives.feature': {
    allowed: only('ROLE-MEDIA'),
    call: (c) => c.initiatives.feature({ initiativeId: 'missing', version: 1, featureTitle: null, featureText: null }),
  },
  'initiatives.recognise': {
    allowed: only('ROLE-CULTURE'),
    call: (c) => c.initiatives.recognise({ initiativeId: 'missing', version: 1 }),
  },
  'admin.users': { allowed: only('ADMIN'), call: (c) => c.admin.users() },
  'admin.createUser': {
    allowed: only('ADMIN'),
    call: (c) => c.admin.createUser({ username: 'x', displayName: 'Người dùng', role: 'LEADER', password: '12345678' }),
  },
  'admin.activateMovement': {
    allowed: only('ADMIN'),
    call: (c) => c.admin.activateMovement({ definition: { schemaVersion: 1 }, note: 'kiểm thử phân quyền' }),
  },
  'admin.approveMovement': { allowed: only('ADMIN'), call: (c) => c.admin.approveMovement({ versionId: 'missing' }) },
  'admin.rejectMovement': {
    allowed: only('ADMIN'),
    call: (c) => c.admin.rejectMovement({ versionId: 'missing', reason: 'kiểm thử phân quyền' }),
  },
  'orgAdmin.units': { allowed: only('ADMIN'), call: (c) => c.orgAdmin.units() },
  'orgAdmin.createUnit': {
    allowed: only('ADMIN'),
    call: (c) =>
      c.orgAdmin.createUnit({
        id: 'U-LAM-SON',
        name: 'xã Lâm Sơn',
        nameEn: 'Lâm Sơn',
        kind: 'commune',
        participantKind: 'commune',
        validFrom: '2026-01-01',
      }),
  },
  'orgAdmin.updateUnit': {
    allowed: only('ADMIN'),
    call: (c) =>
      c.orgAdmin.updateUnit({
        id: 'U-KHONG-CO',
        name: 'Không có',
        nameEn: 'None',
        participantKind: null,
        sectorId: null,
        isItEnterprise: null,
      }),
  },
  'orgAdmin.recordChange': {
    allowed: only('ADMIN'),
    call: (c) =>
      c.orgAdmin.recordChange({
        type: 'rename',
        date: '2026-01-01',
        from: ['U-KHONG-CO'],
        to: [{ id: 'U-MOI', name: 'Tên mới', nameEn: 'New name', kind: 'commune', participantKind: 'commune' }],
        basis: 'kiểm thử phân quyền',
      }),
  },
  'orgAdmin.closeUnit': {
    allowed: only('ADMIN'),
    call: (c) => c.orgAdmin.closeUnit({ id: 'U-KHONG-CO', date: '2026-01-01', basis: 'kiểm thử phân quyền' }),
  },
  'admin.accountOptions': { allowed: only('ADMIN'), call: (c) => c.admin.accountOptions() },
  'admin.movementVersions': { allowed: only('ADMIN'), call: (c) => c.admin.movementVersions() },
  'admin.previewMovement': {
    allowed: only('ADMIN'),
    call: (c) => c.admin.previewMovement({ definition: { schemaVersion: 1 } }),
  },
  'admin.resetPassword': {
    allowed: only('ADMIN'),
    call: (c) => c.admin.resetPassword({ userId: 'missing', reason: 'kiểm thử phân quyền' }),
  },
  'admin.resetTotp': {
    allowed: only('ADMIN'),
    call: (c) => c.admin.resetTotp({ userId: 'missing', reason: 'kiểm thử phân quyền' }),
  },
  'admin.setDisabled': {
    allowed: only('ADMIN'),
    call: (c) => c.admin.setDisabled({ userId: 'missing', disabled: true, reason: 'kiểm thử phân quyền' }),
  },
  'grants.add': {
    allowed: only('ADMIN'),
    call: (c) => c.grants.add({ userId: 'missing', role: 'LEADER', reason: 'kiểm thử phân quyền' }),
  },
  'grants.remove': {
    allowed: only('ADMIN'),
    call: (c) => c.grants.remove({ grantId: 'missing', reason: 'kiểm thử phân quyền' }),
  },
  'people.list': {
    allowed: (who, scope) => who === 'ADMIN' || (who === 'UNIT-EDITOR' && scope === 'own'),
    call: (c, t) => c.people.list({ unitId: t.unitId }),
  },
  'people.create': {
    allowed: (who, scope) => who === 'ADMIN' || (who === 'UNIT-EDITOR' && scope === 'own'),
    call: (c, t) => c.people.create({ unitId: t.unitId, fullName: 'Người kiểm thử' }),
  },
  'people.update': {
    allowed: (who, scope) => who === 'ADMIN' || (who === 'UNIT-EDITOR' && scope === 'own'),
    call: (c, t) =>
      c.people.update({
        id: t.personId,
        version: 1,
        fullName: 'Người kiểm thử',
        position: null,
        email: null,
        phone: null,
      }),
  },
  'tasks.mine': { allowed: signedIn, call: (c) => c.tasks.mine() },
  'reports.completeness': { allowed: everyone, call: (c) => c.reports.completeness({ year: 2025 }) },
  'sectors.list': { allowed: everyone, call: (c) => c.sectors.list() },
  'sectors.summary': { allowed: everyone, call: (c, t) => c.sectors.summary({ sectorId: t.sectorId }) },
  'sectors.report': { allowed: sectorReaders, call: (c, t) => c.sectors.report({ sectorId: t.sectorId, year: 2024 }) },
  'sectors.save': {
    allowed: ownUnitOf('SECTOR-EDITOR'),
    call: (c, t) => c.sectors.save({ sectorId: t.sectorId, year: 2024, version: 1, values: [] }),
  },
  'sectors.register': {
    allowed: sectorReaders,
    call: (c, t) => c.sectors.register({ sectorId: t.sectorId, year: 2024 }),
  },
  'sectors.saveRegisterItem': {
    allowed: ownUnitOf('SECTOR-EDITOR'),
    call: (c, t) =>
      c.sectors.saveRegisterItem({
        sectorId: t.sectorId,
        registerId: t.sectorId === 'S-HEALTH' ? 'REG-HEALTH-FACILITIES' : 'REG-EDUCATION-SCHOOLS',
        year: 2024,
        unitId: 'U-LAM-SON',
        name: 'Cơ sở kiểm thử phân quyền',
        values: {},
      }),
  },
  'sectors.removeRegisterItem': {
    allowed: ownUnitOf('SECTOR-EDITOR'),
    call: (c, t) => c.sectors.removeRegisterItem({ itemId: t.registerItemId, version: 1 }),
  },
  'sectors.submit': { allowed: ownUnitOf('SECTOR-EDITOR'), call: (c, t) => c.sectors.submit(sectorRef(t)) },
  'sectors.verify': { allowed: only('ROLE-CULTURE'), call: (c, t) => c.sectors.verify(sectorRef(t)) },
  'sectors.approve': { allowed: only('ROLE-CULTURE'), call: (c, t) => c.sectors.approve(sectorRef(t)) },
  'sectors.returnToSector': {
    allowed: only('ROLE-CULTURE'),
    call: (c, t) => c.sectors.returnToSector({ ...sectorRef(t), reason }),
  },
  'sectors.unapprove': {
    allowed: only('ROLE-CULTURE', 'ADMIN'),
    call: (c, t) => c.sectors.unapprove({ ...sectorRef(t), reason }),
  },
  'reports.districtValues': { allowed: only('ROLE-CULTURE'), call: (c) => c.reports.districtValues({ year: 2024 }) },
  'reports.importDistrict': {
    allowed: only('ROLE-CULTURE'),
    call: (c) =>
      c.reports.importDistrict({
        year: 2024,
        evidenceUrl: null,
        rows: [{ unitId: 'NO-SUCH-UNIT', key: 'C-COMM-DOSSIERS', number: 50, bool: null, evidenceUrl: null }],
      }),
  },
  'decisions.list': {
    allowed: only('ROLE-HOME-AFFAIRS', 'ROLE-CHAIR', 'LEADER'),
    call: (c) => c.decisions.list({ reviewId: 'R-FINAL' }),
  },
  'documents.awardDecision': {
    allowed: only('ROLE-HOME-AFFAIRS', 'ROLE-CHAIR', 'LEADER'),
    call: (c) => c.documents.awardDecision({ decisionId: 'missing' }),
  },
  'documents.certificate': {
    allowed: only('ROLE-HOME-AFFAIRS', 'ROLE-CHAIR', 'LEADER'),
    call: (c) => c.documents.certificate({ nominationId: 'missing' }),
  },
  'documents.reviewReport': {
    allowed: only('ROLE-CULTURE', 'ROLE-HOME-AFFAIRS', 'ROLE-CHAIR', 'LEADER'),
    call: (c) => c.documents.reviewReport({ reviewId: 'R-INTERIM' }),
  },
  'notifications.mine': { allowed: signedIn, call: (c) => c.notifications.mine() },
  'notifications.markRead': { allowed: signedIn, call: (c) => c.notifications.markRead({ all: true }) },
  'documents.unitYearReport': {
    allowed: readers,
    call: (c, t) => c.documents.unitYearReport({ unitId: t.unitId, year: 2025 }),
  },
  'documents.districtYearReport': {
    allowed: only('ROLE-CULTURE', 'ROLE-HOME-AFFAIRS', 'ROLE-CHAIR', 'LEADER'),
    call: (c) => c.documents.districtYearReport({ year: 2024 }),
  },
  'documents.verify': { allowed: everyone, call: (c) => c.documents.verify({ code: 'AAAAA-AAAAA' }) },
  'decisions.published': { allowed: everyone, call: (c) => c.decisions.published({ reviewId: 'R-INTERIM' }) },
  'decisions.quotas': {
    allowed: only('ROLE-CHAIR', 'ROLE-HOME-AFFAIRS', 'ROLE-COUNCIL', 'ROLE-CULTURE', 'LEADER', 'ADMIN'),
    call: (c) => c.decisions.quotas({ reviewId: 'R-FINAL' }),
  },
};

/** Denied means refused by authorization; any other outcome (success, a business rule, not found) means allowed. */
const denied = (e: unknown): boolean =>
  e instanceof TRPCError &&
  (e.code === 'FORBIDDEN' || (e.code === 'UNAUTHORIZED' && e.message.startsWith('Bạn cần đăng nhập')));

/** The user each role is tested as, and the units that are "own" and "other" for it. */
const subject = (who: Who): { username: string | null; own: string; other: string } => {
  if (who === 'public') return { username: null, own: 'U-LAM-SON', other: 'U-MY-SON' };
  if (who === 'UNIT-EDITOR') return { username: 'xa.lamson', own: 'U-LAM-SON', other: 'U-MY-SON' };
  if (who === 'SECTOR-EDITOR') return { username: 'yte', own: 'PHONG-Y-TE', other: 'PHONG-GD-DT' };
  const user = FIXTURE_USERS.find((u) => u.role === who);
  if (!user) throw new Error(`no fixture user for ${who}`);
  return { username: user.username, own: user.unitId ?? 'U-LAM-SON', other: 'U-MY-SON' };
};

it('the matrix lists every procedure of the API, and nothing else', () => {
  const procedures = Object.keys(appRouter._def.procedures).sort();
  expect(Object.keys(MATRIX).sort()).toEqual(procedures);
});

const providers = await testProviders();
const whos: Who[] = [...ROLES, 'public'];

describe.each(providers)('authorization on %s', (provider) => {
  let h: Harness;
  const reportOf = new Map<string, string>();
  const sectorReportOf = new Map<string, string>();
  const registerItemOf = new Map<string, string>();
  const nominationOf = new Map<string, string>();
  const personOf = new Map<string, string>();
  beforeAll(async () => {
    h = await createHarness(provider);
    for (const unitId of ['U-LAM-SON', 'U-MY-SON', 'PHONG-Y-TE', 'PHONG-GD-DT', 'PHONG-VHTT', 'PHONG-NOI-VU']) {
      const r = await h.t.db.report.create({
        data: { movementId: 'ninh-son-dx-2021-2025', unitId, year: 2024, status: 'approved' },
        select: { id: true },
      });
      reportOf.set(unitId, r.id);
      const p = await h.t.db.person.create({ data: { fullName: `Cán bộ ${unitId}`, unitId }, select: { id: true } });
      personOf.set(unitId, p.id);
      const n = await h.t.db.nomination.create({
        data: {
          movementId: 'ninh-son-dx-2021-2025',
          reviewId: 'R-FINAL',
          awardClass: 'collective',
          unitId,
          proposedByUnitId: unitId,
          proposedBy: 'matrix',
          achievements: 'Kiểm thử phân quyền',
          status: 'proposed',
        },
        select: { id: true },
      });
      nominationOf.set(unitId, n.id);
    }
    for (const sectorId of ['S-HEALTH', 'S-EDUCATION']) {
      const r = await h.t.db.sectorReport.create({
        data: { movementId: 'ninh-son-dx-2021-2025', sectorId, year: 2024, status: 'approved' },
        select: { id: true },
      });
      sectorReportOf.set(sectorId, r.id);
      const item = await h.t.db.registerItem.create({
        data: {
          movementId: 'ninh-son-dx-2021-2025',
          sectorId,
          registerId: sectorId === 'S-HEALTH' ? 'REG-HEALTH-FACILITIES' : 'REG-EDUCATION-SCHOOLS',
          year: 2024,
          unitId: 'U-LAM-SON',
          name: 'Cơ sở kiểm thử',
          values: '{}',
          updatedBy: 'matrix',
        },
        select: { id: true },
      });
      registerItemOf.set(sectorId, item.id);
    }
  });
  afterAll(async () => {
    await h?.destroy();
  });

  const cells = whos.flatMap((who) =>
    Object.keys(MATRIX).flatMap((procedure) => (['own', 'other'] as const).map((scope) => ({ who, procedure, scope }))),
  );

  it.each(cells)('$who · $procedure · $scope unit', async ({ who, procedure, scope }) => {
    const entry = MATRIX[procedure]!;
    const s = subject(who);
    const unitId = scope === 'own' ? s.own : s.other;
    const caller = s.username ? await h.as(s.username) : await h.anonymous();
    let error: unknown = null;
    try {
      const sectorId = sectorOfUnit(unitId);
      await entry.call(caller, {
        unitId,
        reportId: reportOf.get(unitId) ?? 'missing',
        sectorId,
        sectorReportId: sectorReportOf.get(sectorId) ?? 'missing',
        registerItemId: registerItemOf.get(sectorId) ?? 'missing',
        nominationId: nominationOf.get(unitId) ?? 'missing',
        personId: personOf.get(unitId) ?? 'missing',
      });
    } catch (e) {
      error = e;
    }
    expect(denied(error), `${who} ${procedure} (${scope}): ${error instanceof Error ? error.message : 'allowed'}`).toBe(
      !entry.allowed(who, scope),
    );
  });
});

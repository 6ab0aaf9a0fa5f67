// Seeds a real database twice (SQLite, and PostgreSQL when a server answers) and checks the demo data is whole and stable.
import {
  deadlineStatus,
  evaluateParticipant,
  indicatorValueProblem,
  ninhSonDx2021_2025,
  ninhSonOrgHistory,
  parseMovement,
  sectorIndicators,
  sectorSummary,
  type ParticipantKind,
} from '@thidua/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../open-database.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../testing/index.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, scryptHash, seed, verifyScryptHash, type SeedSummary } from './index.js';
import { evaluateTargets, type TargetObservation } from '@thidua/domain';
import { REPORTING_UNITS } from './org-units.js';
import { reportYearsOf } from './report-values.js';
import { communesActiveIn, SECTOR_REPORT_SECTORS } from './sector-values.js';

const NOW = new Date('2026-01-15T09:00:00+07:00');
const ORIGINAL_LOCAL_UNITS = [
  'U-TAN-SON',
  'U-QUANG-SON',
  'U-LAM-SON',
  'U-LUONG-SON',
  'U-HOA-SON',
  'U-MA-NOI',
  'U-MY-SON',
  'U-NHON-SON',
];
const MERGED_COMMUNES = ['U-NINH-SON-1', 'U-NINH-SON-2', 'U-NINH-SON-3'];
const providers = await testProviders();

/** Everything the seed writes, without the columns the database stamps itself. */
const snapshot = async (db: Db) => ({
  units: await db.orgUnit.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true } }),
  links: await db.orgSuccessionLink.findMany({ orderBy: [{ successionId: 'asc' }, { unitId: 'asc' }] }),
  people: await db.person.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true } }),
  users: await db.user.findMany({
    orderBy: { username: 'asc' },
    select: { id: true, username: true, passwordHash: true, role: true, unitId: true, sectorId: true, personId: true },
  }),
  registrations: await db.registration.findMany({ orderBy: { id: 'asc' } }),
  plans: await db.unitPlan.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true } }),
  reports: await db.report.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true, updatedAt: true } }),
  values: await db.reportValue.findMany({ orderBy: { id: 'asc' } }),
  history: await db.reportStatusChange.findMany({ orderBy: { id: 'asc' } }),
  sectorReports: await db.sectorReport.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true, updatedAt: true } }),
  sectorValues: await db.sectorReportValue.findMany({ orderBy: { id: 'asc' } }),
  sectorHistory: await db.sectorReportStatusChange.findMany({ orderBy: { id: 'asc' } }),
  targets: await db.targetObservation.findMany({
    orderBy: [{ targetId: 'asc' }, { year: 'asc' }, { sectorId: 'asc' }],
    omit: { id: true },
  }),
  nominations: await db.nomination.findMany({ orderBy: { id: 'asc' } }),
  dti: await db.dtiScore.findMany({ orderBy: { id: 'asc' } }),
  initiatives: await db.initiative.findMany({ orderBy: { id: 'asc' }, omit: { createdAt: true } }),
  replications: await db.initiativeReplication.findMany({ orderBy: [{ initiativeId: 'asc' }, { unitId: 'asc' }] }),
});

describe.each(providers)('seed on %s', (provider) => {
  let t: TestDatabase;
  let first: SeedSummary;
  let second: SeedSummary;
  let before: Awaited<ReturnType<typeof snapshot>>;
  let after: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    first = await seed(t.db, { now: NOW, hashPassword: scryptHash });
    before = await snapshot(t.db);
    second = await seed(t.db, { now: NOW, hashPassword: scryptHash });
    after = await snapshot(t.db);
  }, 300_000);
  afterAll(async () => {
    await t?.destroy();
  });

  it('refuses to run without a password hasher', async () => {
    await expect(seed(t.db)).rejects.toThrow(/hashPassword/);
  });

  it('is idempotent: seeding twice gives the same counts and the same rows', () => {
    expect(second).toEqual(first);
    expect(after).toEqual(before);
    expect(first.report).toBe(REPORTING_UNITS.reduce((n, u) => n + reportYearsOf(u).length, 0));
    expect(first.user).toBe(DEMO_ACCOUNTS.length);
    expect(first.person).toBeGreaterThanOrEqual(40);
    expect(first.movementVersion).toBe(1);
  });

  it('has the 8 original local units and the 3 merged communes with their validity and successions', async () => {
    const units = await t.db.orgUnit.findMany({ where: { id: { in: [...ORIGINAL_LOCAL_UNITS, ...MERGED_COMMUNES] } } });
    expect(units).toHaveLength(11);
    for (const span of ninhSonOrgHistory.units.filter((u) => u.id !== 'U-NINH-SON')) {
      const unit = units.find((u) => u.id === span.id);
      expect(unit, span.id).toMatchObject({
        validFrom: span.validFrom,
        validTo: span.validTo ?? null,
        participantKind: 'commune',
      });
    }
    expect(
      units
        .filter((u) => MERGED_COMMUNES.includes(u.id))
        .every((u) => u.validFrom === '2025-07-01' && u.validTo === null),
    ).toBe(true);
    const successions = await t.db.orgSuccession.findMany({ include: { links: true } });
    expect(successions).toHaveLength(ninhSonOrgHistory.successions.length);
    for (const s of ninhSonOrgHistory.successions) {
      const stored = successions.find((x) => x.links.some((l) => l.role === 'to' && l.unitId === s.to[0]));
      expect(stored?.date).toBe(s.date);
      expect(
        stored?.links
          .filter((l) => l.role === 'from')
          .map((l) => l.unitId)
          .sort(),
      ).toEqual([...s.from].sort());
    }
  });

  it('stores only criterion values that apply to the unit', async () => {
    const values = await t.db.reportValue.findMany({ include: { report: { include: { unit: true } } } });
    expect(values.length).toBeGreaterThan(500);
    for (const v of values) {
      const criterion = ninhSonDx2021_2025.criteria.find((c) => c.id === v.key);
      const unit = v.report.unit;
      expect(criterion, v.key).toBeDefined();
      expect(criterion?.appliesTo, `${v.key} for ${unit.id}`).toContain(unit.participantKind as ParticipantKind);
      if (criterion?.applicability?.attribute === 'isItEnterprise')
        expect(unit.isItEnterprise, `${v.key} for ${unit.id}`).toBe(criterion.applicability.equals);
      expect(
        criterion?.measure.kind === 'boolean'
          ? v.boolValue !== null && v.numberValue === null
          : v.numberValue !== null && v.boolValue === null,
      ).toBe(true);
    }
  });

  it('has late and missing unit plans, and mostly on-time ones', async () => {
    const units = await t.db.orgUnit.findMany({
      where: { participantKind: { in: ['department', 'commune'] }, validFrom: { lt: '2022-09-20' } },
      include: { plans: true },
    });
    const statuses = units.map(
      (u) => deadlineStatus(ninhSonDx2021_2025, 'D-UNIT-PLAN', { submittedAt: u.plans[0]?.submittedAt ?? null }).status,
    );
    const count = (s: string) => statuses.filter((x) => x === s).length;
    expect(count('late')).toBeGreaterThanOrEqual(2);
    expect(count('missing')).toBeGreaterThanOrEqual(1);
    expect(count('on_time')).toBeGreaterThan(units.length / 2);
  });

  it('has reports for every year 2022–2025 from the units in force on its due date, in every status, with a history row per transition', async () => {
    const reports = await t.db.report.findMany({ include: { history: { orderBy: { at: 'asc' } } } });
    for (const year of [2022, 2023, 2024, 2025])
      expect(
        reports
          .filter((r) => r.year === year)
          .map((r) => r.unitId)
          .sort(),
      ).toEqual(
        REPORTING_UNITS.filter((u) => (reportYearsOf(u) as number[]).includes(year))
          .map((u) => u.id)
          .sort(),
      );
    // The 2025 merges: the merged communes report until 2024, the communes formed from them from 2025.
    const yearsOf = (unitId: string) =>
      reports
        .filter((r) => r.unitId === unitId)
        .map((r) => r.year)
        .sort();
    expect([yearsOf('U-LAM-SON'), yearsOf('U-NINH-SON-2'), yearsOf('U-MY-SON')]).toEqual([
      [2022, 2023, 2024],
      [2025],
      [2022, 2023, 2024, 2025],
    ]);
    for (const status of ['draft', 'submitted', 'verified', 'approved'])
      expect(
        reports.some((r) => r.year === 2025 && r.status === status),
        status,
      ).toBe(true);
    const earlier = reports.filter((r) => r.year < 2025);
    expect(earlier.filter((r) => r.status === 'approved').length / earlier.length).toBeGreaterThan(0.9);
    for (const r of reports) {
      const steps = { draft: 0, submitted: 1, verified: 2, approved: 3 }[r.status as 'draft'];
      if (r.returnReason) expect(r.history.map((h) => h.to)).toEqual(['submitted', 'draft']);
      else expect(r.history.map((h) => h.to)).toEqual(['submitted', 'verified', 'approved'].slice(0, steps));
      if (r.status === 'approved') {
        expect(r.approvedAt && r.approvedBy && r.verifiedAt && r.submittedAt).toBeTruthy();
        expect(r.submittedAt!.getTime()).toBeLessThan(r.verifiedAt!.getTime());
        expect(r.verifiedAt!.getTime()).toBeLessThan(r.approvedAt!.getTime());
      }
      for (const at of [r.submittedAt, r.verifiedAt, r.approvedAt, ...r.history.map((h) => h.at)])
        if (at) expect(at.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    const late = reports.filter(
      (r) =>
        r.submittedAt &&
        deadlineStatus(ninhSonDx2021_2025, 'D-ANNUAL-REPORT', { year: r.year, submittedAt: r.submittedAt }).status ===
          'late',
    );
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(late.length).toBeLessThan(reports.length / 10);
  });

  it('has registered units failing criteria, and values trending upward', async () => {
    const registered = new Set((await t.db.registration.findMany({ select: { unitId: true } })).map((r) => r.unitId));
    const reports = await t.db.report.findMany({
      where: { year: 2025, status: { not: 'draft' } },
      include: { values: true, unit: true },
    });
    const evaluations = reports.map((r) =>
      evaluateParticipant(
        ninhSonDx2021_2025,
        {
          id: r.unitId,
          kind: r.unit.participantKind as ParticipantKind,
          registered: registered.has(r.unitId),
          isItEnterprise: r.unit.isItEnterprise ?? false,
        },
        Object.fromEntries(r.values.map((v) => [v.key, v.boolValue ?? v.numberValue])),
      ),
    );
    const failing = evaluations.filter(
      (e) => registered.has(e.participantId) && e.criteria.some((c) => c.status === 'not_met'),
    );
    expect(failing.length).toBeGreaterThanOrEqual(3);
    expect(evaluations.filter((e) => e.eligible).length).toBeGreaterThan(10);
    expect(evaluations.some((e) => e.eligibility === 'incomplete')).toBe(true);
    const dti = await t.db.dtiScore.findMany();
    expect(dti.every((d) => d.score >= 0 && d.score <= 100)).toBe(true);
    const mean = (year: number) =>
      dti.filter((d) => d.year === year).reduce((s, d) => s + d.score, 0) / dti.filter((d) => d.year === year).length;
    expect(mean(2022)).toBeLessThan(mean(2023));
    expect(mean(2024)).toBeLessThan(mean(2025));
  });

  it('has approved sector reports 2022–2024 for five sectors, and S-HEALTH’s 2025 draft', async () => {
    const reports = await t.db.sectorReport.findMany({
      include: { history: { orderBy: { at: 'asc' } }, values: { include: { unit: true } } },
      orderBy: [{ sectorId: 'asc' }, { year: 'asc' }],
    });
    expect(reports.map((r) => `${r.sectorId}:${r.year}:${r.status}`).sort()).toEqual(
      [
        ...SECTOR_REPORT_SECTORS.flatMap((s) => [2022, 2023, 2024].map((y) => `${s}:${y}:approved`)),
        'S-HEALTH:2025:draft',
      ].sort(),
    );
    for (const r of reports) {
      const indicators = sectorIndicators(ninhSonDx2021_2025, r.sectorId);
      const communes = communesActiveIn(r.year).map((u) => u.id);
      if (r.status === 'approved') {
        expect(r.history.map((h) => h.to)).toEqual(['submitted', 'verified', 'approved']);
        expect(r.submittedAt!.getTime()).toBeLessThan(r.verifiedAt!.getTime());
        expect(r.verifiedAt!.getTime()).toBeLessThan(r.approvedAt!.getTime());
        expect(r.values).toHaveLength(communes.length * indicators.length);
      } else {
        expect(r.history).toEqual([]);
        expect(r.values.length).toBeGreaterThan(0);
        expect(r.values.length).toBeLessThan(communes.length * indicators.length);
      }
      for (const v of r.values) {
        const indicator = indicators.find((i) => i.id === v.indicatorId);
        expect(indicator, `${r.sectorId} ${v.indicatorId}`).toBeDefined();
        expect(communes, `${v.unitId} in ${r.year}`).toContain(v.unitId);
        expect(v.unit.participantKind).toBe('commune');
        expect(
          indicator?.measure.kind === 'boolean'
            ? v.boolValue !== null && v.numberValue === null
            : v.numberValue !== null && v.boolValue === null,
        ).toBe(true);
        expect(indicatorValueProblem(indicator!, { number: v.numberValue, bool: v.boolValue })).toBeNull();
      }
    }
    // The district figures rise over the approved years, so the dashboard charts show progress.
    for (const sectorId of SECTOR_REPORT_SECTORS) {
      const approved = reports.filter((r) => r.sectorId === sectorId && r.status === 'approved');
      const values = approved.flatMap((r) =>
        r.values.map((v) => ({
          year: r.year,
          unitId: v.unitId,
          indicatorId: v.indicatorId,
          number: v.numberValue,
          bool: v.boolValue,
        })),
      );
      for (const series of sectorSummary(ninhSonDx2021_2025, sectorId, values, [2022, 2023, 2024]).indicators) {
        const [a, b, c] = series.series.map((p) => p.value ?? Number.NaN) as [number, number, number];
        expect(a <= b && b <= c && a < c, `${series.indicatorId}: ${a}, ${b}, ${c}`).toBe(true);
      }
    }
  });

  it('has a SECTOR-EDITOR demo account for each reporting sector, and the Culture & Information account', () => {
    for (const sectorId of SECTOR_REPORT_SECTORS)
      expect(
        DEMO_ACCOUNTS.filter((a) => a.role === 'SECTOR-EDITOR' && a.sectorId === sectorId),
        sectorId,
      ).toHaveLength(1);
    expect(DEMO_ACCOUNTS.find((a) => a.role === 'ROLE-CULTURE')?.username).toBe('vhtt');
  });

  it('stores the movement, its quotas, initiatives and registrations', async () => {
    const versions = await t.db.movementVersion.findMany({
      where: { movementId: 'ninh-son-dx-2021-2025', active: true },
    });
    expect(versions).toHaveLength(1);
    expect(parseMovement(JSON.parse(versions[0]?.definition ?? 'null')).ok).toBe(true);
    const quotas = await t.db.awardQuota.findMany();
    for (const review of ninhSonDx2021_2025.timeline.reviews) {
      expect(quotas.find((q) => q.reviewId === review.id && q.awardClass === 'collective')?.max).toBe(
        review.quotas.collective,
      );
      expect(quotas.find((q) => q.reviewId === review.id && q.awardClass === 'individual')?.max).toBe(
        review.quotas.individual,
      );
    }
    expect(await t.db.initiative.count({ where: { recognisedAt: { not: null } } })).toBeGreaterThanOrEqual(5);
    expect(await t.db.initiativeReplication.count()).toBeGreaterThanOrEqual(5);
    const unitRegistrations = await t.db.registration.count({ where: { unitId: { not: null } } });
    expect(unitRegistrations).toBeGreaterThan(REPORTING_UNITS.length * 0.8);
    expect(unitRegistrations).toBeLessThan(REPORTING_UNITS.length);
  });

  it('never stores a password in plain text', async () => {
    const users = await t.db.user.findMany();
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    for (const u of users) {
      expect(u.passwordHash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
      expect(u.passwordHash).not.toContain(DEMO_PASSWORD);
    }
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(users.length);
    const vhtt = users.find((u) => u.username === 'vhtt');
    expect(await verifyScryptHash(vhtt?.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
    expect(await verifyScryptHash(vhtt?.passwordHash ?? '', 'wrong password')).toBe(false);
  });
  it('observes every district target each year, approved, with 2025 showing both met and behind targets', async () => {
    const parsed = parseMovement(ninhSonDx2021_2025);
    if (!parsed.ok) throw new Error('plan does not parse');
    const rows = await t.db.targetObservation.findMany({ where: { status: 'approved' } });
    expect(new Set(rows.map((r) => r.targetId))).toEqual(
      new Set(parsed.movement.targets.filter((x) => !x.qualitative).map((x) => x.id)),
    );
    const sectorShares = rows.filter((r) => r.targetId === 'T-G2-SECTOR-SHARE' && r.year === 2025);
    expect(new Set(sectorShares.map((r) => r.sectorId))).toEqual(new Set(parsed.movement.sectors.map((x) => x.id)));
    const evaluation = evaluateTargets(
      parsed.movement,
      parsed.movement.targets.flatMap((target): TargetObservation[] => {
        const mine = rows.filter((r) => r.targetId === target.id && r.year <= 2025);
        if (mine.length === 0) return [];
        if (target.rule.kind === 'minOverSectors')
          return [
            {
              targetId: target.id,
              bySector: Object.fromEntries(mine.filter((r) => r.year === 2025).map((r) => [r.sectorId, r.value])),
            },
          ];
        if (target.rule.kind === 'series')
          return [{ targetId: target.id, series: mine.map((r) => ({ year: r.year, value: r.value })) }];
        return [{ targetId: target.id, value: mine.find((r) => r.year === 2025)?.value ?? null }];
      }),
    );
    const statuses = new Set(evaluation.filter((e) => !e.qualitative).map((e) => e.status));
    expect(statuses.has('met')).toBe(true);
    expect(statuses.has('not_met')).toBe(true);
  });
  it('proposes the best units with an approved 2025 report for the final review, comment window closed, waiting for appraisal', async () => {
    const nominations = await t.db.nomination.findMany({
      where: { reviewId: 'R-FINAL' },
      include: { unit: { select: { id: true } } },
    });
    expect(nominations).toHaveLength(4);
    expect(
      nominations.every(
        (n) =>
          n.status === 'in_comment' &&
          n.commentsUntil !== null &&
          n.commentsUntil <= NOW &&
          n.awardClass === 'collective' &&
          n.proposedByUnitId === n.unitId,
      ),
    ).toBe(true);
    const approved = await t.db.report.findMany({
      where: { year: 2025, status: 'approved', unitId: { in: nominations.map((n) => n.unitId ?? '') } },
    });
    expect(approved).toHaveLength(4);
    expect(nominations.some((n) => n.eligibleSnapshot)).toBe(true);
  });
  it('records the interim review decision: eligible 2023 units and one official, counted in the quota so later decisions cannot exceed it', async () => {
    const decision = await t.db.awardDecision.findUniqueOrThrow({
      where: { number: '2150/QĐ-UBND' },
      include: { items: { include: { nomination: { include: { unit: { select: { id: true } } } } } } },
    });
    expect(decision.reviewId).toBe('R-INTERIM');
    const collective = decision.items.filter((i) => i.awardClass === 'collective');
    expect(collective).toHaveLength(3);
    expect(decision.items.filter((i) => i.awardClass === 'individual')).toHaveLength(1);
    expect(
      decision.items.every((i) => i.nomination.status === 'awarded' && i.nomination.eligibleSnapshot === true),
    ).toBe(true);
    const approved2023 = await t.db.report.count({
      where: { year: 2023, status: 'approved', unitId: { in: collective.map((i) => i.nomination.unitId ?? '') } },
    });
    expect(approved2023).toBe(3);
    const quotas = await t.db.awardQuota.findMany({ where: { reviewId: 'R-INTERIM' }, orderBy: { awardClass: 'asc' } });
    expect(quotas.map((q) => [q.awardClass, q.used, q.max])).toEqual([
      ['collective', 3, 5],
      ['individual', 1, 5],
    ]);
  });
});

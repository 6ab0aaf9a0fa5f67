// Sector programmes (II.3.9): each sector office enters its indicators per commune and year and submits them; the
// Culture & Information office verifies and approves. The public sees approved figures only.
import { mayApproveAfterVerifying, reportingYears, sectorSummary, type SubmissionAction } from '@thidua/domain';
import type { Prisma } from '@thidua/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { activeMovement, movementForYear } from '../movement/active-movement.js';
import { versionedCache } from '../movement/data-version.js';
import { assertCanEditSector, assertCanReadSector } from '../policy/unit-access.js';
import {
  draftVersion,
  figureFields,
  moveSubmission,
  reviewProcedures,
  saveDraft,
  sectorReports,
  submissionRef,
} from '../submissions/index.js';
import { checkSectorValues } from '../sectors/sector-values.js';
import { communesActiveIn, sectorIn } from '../sectors/sector-lookup.js';
import { computedCells, registerItemsOf } from '../registers/register-items.js';
import { withComputedFigures } from '../registers/computed-figures.js';
import { registerProcedures } from '../registers/register-procedures.js';
import { procedure, PUBLIC, rolesMeta, SIGNED_IN } from '../trpc.js';
import { sectorReportReturned } from '../notifications/workflow-events.js';
import { yearInput } from '../inputs/year-input.js';

const sectorReportSelect = {
  id: true,
  sectorId: true,
  year: true,
  status: true,
  submittedAt: true,
  verifiedAt: true,
  verifiedBy: true,
  approvedAt: true,
  returnReason: true,
  version: true,
  values: {
    select: {
      unitId: true,
      indicatorId: true,
      numberValue: true,
      boolValue: true,
      evidenceUrl: true,
      evidenceFile: true,
      note: true,
    },
    orderBy: [{ unitId: 'asc' }, { indicatorId: 'asc' }],
  },
  history: {
    select: { from: true, to: true, reason: true, by: true, at: true },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  },
} satisfies Prisma.SectorReportSelect;

const sectorId = z.string().min(1).max(64);
const year = yearInput;
const ref = submissionRef;

type Summary = {
  sectorId: string;
  label: { vi: string; en: string };
  years: Array<{ year: number; approved: boolean; communesReported: number }>;
  indicators: ReturnType<typeof sectorSummary>['indicators'];
};

// Dashboards and portals ask for the same summaries again and again: compute once per data version.
const summaries = versionedCache<string, Summary>();

const move = async (
  ctx: Context,
  input: { reportId: string; version: number; reason?: string },
  action: SubmissionAction,
) => {
  const actor = ctx.actor!;
  const report = await ctx.db.sectorReport.findUnique({
    where: { id: input.reportId },
    select: {
      id: true,
      movementId: true,
      sectorId: true,
      year: true,
      status: true,
      verifiedBy: true,
      submittedAt: true,
    },
  });
  if (!report) throw notFound({ vi: 'báo cáo ngành', en: 'Sector report' });
  if (action === 'submit') assertCanEditSector(actor, report.sectorId);
  else assertCanReadSector(actor, report.sectorId);
  return moveSubmission(ctx, sectorReports, report, input, action, {
    onReturn: (tx, why, now) => sectorReportReturned(tx, report, why, actor.displayName, now),
    auditData: { sectorId: report.sectorId, year: report.year },
  });
};

export const sectorsRouter = {
  /** The sector programmes with their indicators, and the latest year each has approved figures for. */
  list: procedure.meta(PUBLIC).query(async ({ ctx }) => {
    const { movement } = await activeMovement(ctx.db, ctx.now());
    const approved = await ctx.db.sectorReport.groupBy({
      by: ['sectorId'],
      where: { movementId: movement.id, status: 'approved' },
      _max: { year: true },
    });
    const latest = new Map(approved.map((r) => [r.sectorId, r._max.year]));
    return movement.sectors.map((s) => ({
      id: s.id,
      label: s.label,
      highlights: s.highlights,
      source: s.source,
      indicators: s.indicators,
      /** The registers its office keeps (their items are read with sectors.register, signed in). */
      registers: (s.registers ?? []).map((r) => ({ id: r.id, label: r.label })),
      latestApprovedYear: latest.get(s.id) ?? null,
    }));
  }),

  /** Per year and indicator, the district figure from APPROVED values only: public, for dashboards and charts. */
  summary: procedure
    .meta(PUBLIC)
    .input(z.object({ sectorId }))
    .query(({ ctx, input }) =>
      summaries(ctx.db, input.sectorId, async (): Promise<Summary> => {
        const { movement } = await activeMovement(ctx.db, ctx.now());
        const sector = sectorIn(movement, input.sectorId);
        const reports = await ctx.db.sectorReport.findMany({
          where: { movementId: movement.id, sectorId: sector.id, status: 'approved' },
          select: {
            year: true,
            values: { select: { unitId: true, indicatorId: true, numberValue: true, boolValue: true } },
          },
        });
        const values = reports.flatMap((r) =>
          r.values.map((v) => ({
            year: r.year,
            unitId: v.unitId,
            indicatorId: v.indicatorId,
            number: v.numberValue,
            bool: v.boolValue,
          })),
        );
        const summary = sectorSummary(movement, sector.id, values, reportingYears(movement));
        const approvedYears = new Set(reports.map((r) => r.year));
        return {
          sectorId: sector.id,
          label: sector.label,
          years: summary.years.map((y) => ({
            year: y.year,
            approved: approvedYears.has(y.year),
            communesReported: y.communesReported,
          })),
          indicators: summary.indicators,
        };
      }),
    ),

  /** A sector's report for a year, the communes active that year (the rows of the table) and its status history. */
  report: procedure
    .meta(SIGNED_IN)
    .input(z.object({ sectorId, year }))
    .query(async ({ ctx, input }) => {
      assertCanReadSector(ctx.actor!, input.sectorId);
      const { movement } = await movementForYear(ctx.db, input.year);
      const sector = sectorIn(movement, input.sectorId);
      const scope = { movementId: movement.id, sectorId: sector.id, year: input.year };
      const [stored, communes, items] = await Promise.all([
        ctx.db.sectorReport.findUnique({ where: { movementId_sectorId_year: scope }, select: sectorReportSelect }),
        communesActiveIn(ctx.db, movement, input.year),
        registerItemsOf(ctx.db, scope),
      ]);
      const changes = stored?.history ?? [];
      const people = await ctx.db.user.findMany({
        where: { id: { in: [...new Set(changes.map((h) => h.by))] } },
        select: { id: true, displayName: true },
      });
      const names = new Map(people.map((u) => [u.id, u.displayName]));
      const report = stored
        ? {
            id: stored.id,
            sectorId: stored.sectorId,
            year: stored.year,
            status: stored.status,
            version: stored.version,
            submittedAt: stored.submittedAt,
            verifiedAt: stored.verifiedAt,
            approvedAt: stored.approvedAt,
            returnReason: stored.returnReason,
            values: stored.values,
          }
        : null;
      return {
        sector: { id: sector.id, label: sector.label, highlights: sector.highlights, source: sector.source },
        indicators: sector.indicators,
        year: input.year,
        report,
        communes,
        history: changes.map((h) => ({ ...h, byName: names.get(h.by) ?? null })),
        /** The cells a register computes (the grid shows them, not as inputs). */
        computed: computedCells(sector, items).map(({ unitId, indicatorId, registerId, registerLabel }) => ({
          unitId,
          indicatorId,
          registerId,
          registerLabel,
        })),
        /** The caller verified these figures and the movement keeps verifier and approver apart: another officer approves. */
        awaitsAnotherApprover:
          stored?.status === 'verified' &&
          !mayApproveAfterVerifying(movement.duties, stored.verifiedBy, ctx.actor!.userId),
      };
    }),

  /** Enters a draft's figures (all cells at once); the first save creates the report. */
  save: procedure
    .meta(rolesMeta('SECTOR-EDITOR'))
    .input(
      z.object({
        sectorId,
        year,
        version: draftVersion,
        values: z
          .array(
            z.object({
              unitId: z.string().min(1).max(64),
              indicatorId: z.string().min(1).max(64),
              ...figureFields,
              evidenceFile: z.string().trim().min(1).max(500).nullable().optional(),
            }),
          )
          .max(500),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      assertCanEditSector(ctx.actor!, input.sectorId);
      const { movement } = await movementForYear(ctx.db, input.year);
      const sector = sectorIn(movement, input.sectorId);
      const communes = await communesActiveIn(ctx.db, movement, input.year);
      const active = new Set(communes.map((c) => c.id));
      const others = [...new Set(input.values.map((v) => v.unitId).filter((id) => !active.has(id)))];
      const named =
        others.length > 0
          ? await ctx.db.orgUnit.findMany({ where: { id: { in: others } }, select: { id: true, name: true } })
          : [];
      checkSectorValues(sector, input.year, communes, new Map(named.map((u) => [u.id, u.name])), input.values);
      const key = { movementId: movement.id, sectorId: sector.id, year: input.year };
      // A register changed after this read moved the report's version, so saveDraft refuses the stale grid.
      const computed = computedCells(sector, await registerItemsOf(ctx.db, key));
      const values = withComputedFigures(computed, new Map(communes.map((c) => [c.id, c.name])), input.values);
      return saveDraft(
        ctx,
        sectorReports,
        key,
        { ...input, values },
        { sectorId: sector.id, year: input.year, values },
      );
    }),

  submit: procedure
    .meta(rolesMeta('SECTOR-EDITOR'))
    .input(ref)
    .mutation(({ ctx, input }) => move(ctx, input, 'submit')),
  ...reviewProcedures(move, 'returnToSector'),
  ...registerProcedures,
} satisfies TRPCRouterRecord;

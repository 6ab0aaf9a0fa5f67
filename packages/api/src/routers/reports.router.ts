// Yearly reports (D-ANNUAL-REPORT): units enter and submit; the Culture & Information office verifies and approves.
import {
  annualReportDueDate,
  annualReportStatus,
  formatDateVi,
  isActiveOn,
  mayApproveAfterVerifying,
  plainEvaluation,
  type Movement,
  type SubmissionAction,
} from '@thidua/domain';
import type { Prisma } from '@thidua/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError, notFound } from '../errors.js';
import { movementById, movementForYear } from '../movement/active-movement.js';
import { reportCompleteness, reviewQueue } from '../reports/report-completeness.js';
import { checkDistrictRows, writeDistrictRows } from '../reports/district-import.js';
import { expectOneUpdated, mutate, type Tx } from '../mutation.js';
import { assertCanEdit, assertCanRead, assertCanReadCarried } from '../policy/unit-access.js';
import { predecessorIds } from '../org/carried-history.js';
import { checkReportValues } from '../reports/report-values.js';
import {
  draftVersion,
  figureFields,
  moveSubmission,
  reviewProcedures,
  saveDraft,
  submissionRef,
  unitReports,
} from '../submissions/index.js';
import type { Context } from '../context.js';
import { procedure, PUBLIC, rolesMeta, SIGNED_IN } from '../trpc.js';
import { evidenceUrl } from '../inputs/evidence-url.js';
import { reportReturned } from '../notifications/workflow-events.js';
import { yearInput } from '../inputs/year-input.js';
import { inForceOn } from '../org/in-force.js';
import { DUTY } from '../roles.js';
import { savedReportGaps, unitStanding, type ReportingKind } from '../scoring/unit-standing.js';
import { assertNoGaps } from '../reports/report-gaps-error.js';
import {
  assertFiguresEntered,
  assertReceivedOn,
  paperReportInput,
  receiptInstant,
  reportYearStart,
} from '../reports/paper-report.js';

const reportSelect = {
  id: true,
  unitId: true,
  year: true,
  status: true,
  submittedAt: true,
  movementId: true,
  verifiedAt: true,
  verifiedBy: true,
  approvedAt: true,
  returnReason: true,
  paperReceivedOn: true,
  paperReference: true,
  paperScanUrl: true,
  version: true,
  values: {
    select: { key: true, numberValue: true, boolValue: true, evidenceUrl: true, note: true },
    orderBy: { key: 'asc' },
  },
  unit: { select: { id: true, name: true, sectorId: true, participantKind: true, isItEnterprise: true } },
} satisfies Prisma.ReportSelect;

const year = yearInput;
const ref = submissionRef;

const loadReport = async (ctx: Context, reportId: string) => {
  const report = await ctx.db.report.findUnique({ where: { id: reportId }, select: reportSelect });
  if (!report) throw notFound({ vi: 'báo cáo', en: 'Report' });
  return report;
};

const move = async (
  ctx: Context,
  input: { reportId: string; version: number; reason?: string },
  action: SubmissionAction,
) => {
  const actor = ctx.actor!;
  const report = await loadReport(ctx, input.reportId);
  if (action === 'submit') assertCanEdit(actor, report.unit);
  else assertCanRead(actor, report.unit);
  return moveSubmission(ctx, unitReports, report, input, action, {
    // A report is sent complete (ADR 0022): every figure its unit must give is saved.
    beforeSubmit: async () => {
      const { movement } = await movementById(ctx.db, report.movementId);
      const kind = report.unit.participantKind as ReportingKind;
      assertNoGaps(savedReportGaps(movement, report.unit, kind, report.values));
    },
    onReturn: (tx, why, now) => reportReturned(tx, report, why, actor.displayName, now),
  });
};

/** A unit reports a year only if it is in force on that year's due date: a merged commune's successor reports instead. */
const assertReportsThatYear = (
  unit: { name: string; validFrom: string; validTo: string | null },
  movement: Movement,
  year: number,
) => {
  const due = annualReportDueDate(movement, year);
  if (isActiveOn(unit, due)) return;
  const day = formatDateVi(due);
  throw unit.validFrom > due
    ? appError(
        'BAD_REQUEST',
        `${unit.name} bắt đầu hoạt động sau hạn báo cáo năm ${year} (${day}): không báo cáo năm này`,
        `${unit.name} started after the ${year} report was due (${due}): it does not report that year`,
      )
    : appError(
        'BAD_REQUEST',
        `${unit.name} đã kết thúc hoạt động trước hạn báo cáo năm ${year} (${day}): đơn vị kế thừa báo cáo năm này`,
        `${unit.name} ended before the ${year} report was due (${due}): its successor reports that year`,
      );
};

export const reportsRouter = {
  /** Reporting completeness and timeliness of a year (the yearly deadline), per unit: public, it names units only. */
  completeness: procedure
    .meta(PUBLIC)
    .input(z.object({ year }))
    .query(async ({ ctx, input }) =>
      reportCompleteness(ctx.db, (await movementForYear(ctx.db, input.year)).movement, input.year, ctx.now()),
    ),

  /** The Culture office's queue for a year: each unit's report status, timeliness, and whether it waits for the caller. */
  queue: procedure
    .meta(rolesMeta(DUTY.culture))
    .input(z.object({ year }))
    .query(async ({ ctx, input }) =>
      reviewQueue(
        ctx.db,
        (await movementForYear(ctx.db, input.year)).movement,
        input.year,
        ctx.now(),
        ctx.actor!.userId,
      ),
    ),

  get: procedure
    .meta(SIGNED_IN)
    .input(z.object({ unitId: z.string().min(1), year }))
    .query(async ({ ctx, input }) => {
      const unit = await ctx.db.orgUnit.findUnique({
        where: { id: input.unitId },
        select: { id: true, sectorId: true },
      });
      if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
      await assertCanReadCarried(ctx.actor!, unit, (id) => predecessorIds(ctx.db, id));
      const { movement } = await movementForYear(ctx.db, input.year);
      const report = await ctx.db.report.findUnique({
        where: { movementId_unitId_year: { movementId: movement.id, unitId: unit.id, year: input.year } },
        select: reportSelect,
      });
      const deadline = annualReportStatus(movement, {
        year: input.year,
        submittedAt: report?.submittedAt ?? null,
        now: ctx.now(),
      });
      // The caller verified it and the movement keeps verifier and approver apart: another officer approves.
      const awaitsAnotherApprover =
        report?.status === 'verified' &&
        !mayApproveAfterVerifying(movement.duties, report.verifiedBy, ctx.actor!.userId);
      return { report, deadline, awaitsAnotherApprover };
    }),

  /** The unit's own score and rank from its saved figures, "tạm tính" until approved, and what it lacks before sending. */
  standing: procedure
    .meta(SIGNED_IN)
    .input(z.object({ unitId: z.string().min(1).max(64), year }))
    .query(async ({ ctx, input }) => {
      const unit = await ctx.db.orgUnit.findUnique({
        where: { id: input.unitId },
        select: { id: true, sectorId: true, participantKind: true, isItEnterprise: true },
      });
      if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
      await assertCanReadCarried(ctx.actor!, unit, (id) => predecessorIds(ctx.db, id));
      if (!unit.participantKind || unit.participantKind === 'individual')
        throw appError('BAD_REQUEST', 'Đơn vị này không báo cáo phong trào', 'This unit does not report');
      const { movement } = await movementForYear(ctx.db, input.year);
      const { evaluation, ...standing } = await unitStanding(
        ctx.db,
        movement,
        unit,
        unit.participantKind as ReportingKind,
        input.year,
      );
      const labels = new Map(movement.criteria.map((c) => [c.id, c.label]));
      const e = plainEvaluation(evaluation);
      return {
        ...standing,
        score: e.score,
        eligibility: e.eligibility,
        explanation: e.explanation,
        criteria: e.criteria
          .filter((c) => c.status !== 'not_applicable')
          .map((c) => ({
            criterionId: c.criterionId,
            label: labels.get(c.criterionId) ?? { vi: c.criterionId, en: c.criterionId },
            status: c.status,
            measure: c.measure,
            value: c.value,
            threshold: c.threshold,
            explanation: c.explanation,
          })),
      };
    }),

  saveDraft: procedure
    .meta(rolesMeta('UNIT-EDITOR'))
    .input(
      z.object({
        unitId: z.string().min(1),
        year,
        version: draftVersion,
        values: z.array(z.object({ key: z.string().min(1).max(64), ...figureFields })).max(200),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const unit = await ctx.db.orgUnit.findUnique({
        where: { id: input.unitId },
        select: { id: true, name: true, sectorId: true, participantKind: true, validFrom: true, validTo: true },
      });
      if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
      assertCanEdit(ctx.actor!, unit);
      if (!unit.participantKind || unit.participantKind === 'individual')
        throw appError('BAD_REQUEST', 'Đơn vị này không báo cáo phong trào', 'This unit does not report');
      const { movement } = await movementForYear(ctx.db, input.year);
      assertReportsThatYear(unit, movement, input.year);
      checkReportValues(movement, unit.participantKind as 'department' | 'commune' | 'enterprise', input.values);
      const key = { movementId: movement.id, unitId: unit.id, year: input.year };
      return saveDraft(ctx, unitReports, key, input, { values: input.values });
    }),

  /** Every reporting unit with its saved values for a year: the district sheet Culture downloads and fills. */
  districtValues: procedure
    .meta(rolesMeta(DUTY.culture))
    .input(z.object({ year }))
    .query(async ({ ctx, input }) => {
      const { movement } = await movementForYear(ctx.db, input.year);
      const units = await ctx.db.orgUnit.findMany({
        where: {
          participantKind: { in: ['department', 'commune', 'enterprise'] },
          ...inForceOn(annualReportDueDate(movement, input.year)),
        },
        orderBy: [{ participantKind: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          name: true,
          participantKind: true,
          reports: {
            where: { movementId: movement.id, year: input.year },
            select: { values: { select: { key: true, numberValue: true, boolValue: true, evidenceUrl: true } } },
          },
        },
      });
      return units.map((u) => ({
        id: u.id,
        name: u.name,
        kind: u.participantKind as 'department' | 'commune' | 'enterprise',
        values: u.reports[0]?.values ?? [],
      }));
    }),

  /** Culture's district-wide import (Excel): all rows checked first, then all written in one transaction, or none. */
  importDistrict: procedure
    .meta(rolesMeta(DUTY.culture))
    .input(
      z.object({
        year,
        evidenceUrl: evidenceUrl.nullable(),
        rows: z
          .array(
            z.object({
              unitId: z.string().min(1).max(64),
              key: z.string().min(1).max(64),
              number: z.number().finite().nullable(),
              bool: z.boolean().nullable(),
              evidenceUrl: evidenceUrl.nullable(),
            }),
          )
          .min(1)
          .max(200_000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { movement } = await movementForYear(ctx.db, input.year);
      const units = new Map(
        (
          await ctx.db.orgUnit.findMany({
            select: { id: true, name: true, participantKind: true, validFrom: true, validTo: true },
          })
        ).map((u) => [u.id, u]),
      );
      const problems = checkDistrictRows(
        movement,
        units,
        input.rows,
        annualReportDueDate(movement, input.year),
        ctx.actor!.language,
      );
      if (problems.length > 0) return { ok: false as const, problems, locked: [] };
      const written = await mutate(ctx, async (tx) => {
        const result = await writeDistrictRows(
          tx,
          { db: ctx.db, provider: ctx.provider },
          movement.id,
          input.year,
          input.rows,
          ctx.now(),
          ctx.progress,
        );
        // A refused import must leave no trace: throwing rolls the transaction back.
        if (result.locked.length > 0)
          throw appError(
            'PRECONDITION_FAILED',
            `Báo cáo đã nộp hoặc đã duyệt, không ghi đè: ${result.locked.slice(0, 10).join(', ')}${result.locked.length > 10 ? ` và ${result.locked.length - 10} đơn vị khác` : ''}`,
            `Reports already submitted or approved are not overwritten (${result.locked.length} units)`,
          );
        return {
          result,
          audit: {
            action: 'report.import_district',
            entity: 'Report',
            entityId: null,
            data: { year: input.year, reports: result.reports, values: result.values, evidenceUrl: input.evidenceUrl },
          },
        };
      });
      return { ok: true as const, problems: [], reports: written.reports, values: written.values };
    }),

  submit: procedure
    .meta(rolesMeta('UNIT-EDITOR'))
    .input(ref)
    .mutation(({ ctx, input }) => move(ctx, input, 'submit')),
  /** A report received on paper, its figures entered by the office: sent as of the day it was received. */
  recordPaper: procedure
    .meta(rolesMeta(DUTY.culture))
    .input(paperReportInput)
    .mutation(async ({ ctx, input }) => {
      const report = await loadReport(ctx, input.reportId);
      const { movement } = await movementById(ctx.db, report.movementId);
      if (report.status !== 'draft')
        throw appError(
          'PRECONDITION_FAILED',
          `Báo cáo đang ở trạng thái "${report.status}": chỉ ghi nhận bản giấy cho báo cáo chưa nộp`,
          `The report is "${report.status}": paper is recorded only for a report not yet sent`,
        );
      assertReceivedOn(movement, input.receivedOn, ctx.now(), reportYearStart(report.year));
      assertFiguresEntered(movement, report.unit, report.values);
      const now = ctx.now();
      // A report returned and resent on paper keeps its first submission (ADR 0021).
      const submittedAt = report.submittedAt ?? receiptInstant(movement, input.receivedOn);
      const note = `Nhận bằng giấy ngày ${formatDateVi(input.receivedOn)}, số ${input.reference}`;
      return mutate(ctx, async (tx: Tx) => {
        const { count } = await tx.report.updateMany({
          where: { id: report.id, version: input.version, status: 'draft' },
          data: {
            status: 'submitted',
            submittedAt,
            returnReason: null,
            paperReceivedOn: input.receivedOn,
            paperReference: input.reference,
            paperScanUrl: input.scanUrl,
            version: { increment: 1 },
          },
        });
        expectOneUpdated(count);
        await tx.reportStatusChange.create({
          data: { reportId: report.id, from: 'draft', to: 'submitted', reason: note, by: ctx.actor!.userId, at: now },
        });
        return {
          result: {
            reportId: report.id,
            status: 'submitted' as const,
            version: input.version + 1,
            submittedAt: submittedAt.toISOString(),
          },
          audit: {
            action: 'report.recordPaper',
            entity: 'Report',
            entityId: report.id,
            data: { receivedOn: input.receivedOn, reference: input.reference, scanUrl: input.scanUrl },
          },
        };
      });
    }),
  ...reviewProcedures(move, 'returnToUnit'),
} satisfies TRPCRouterRecord;

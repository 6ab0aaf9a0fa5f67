// Official documents: the award decision, its certificates and the review reports. Each call assembles what the
// document says from the data, records its verification code (once, audited) and returns the content to render;
// anyone can check a code through the public API.
import type { DocumentKind } from '@thidua/documents';
import { CODE_PATTERN, verificationCode } from '@thidua/documents/verification';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { Context } from '../context.js';
import { awardDecisionModel, certificateModel } from '../documents/award-documents.js';
import { districtYearReportModel, reviewReportModel } from '../documents/review-document.js';
import { unitYearReportModel } from '../documents/unit-year-document.js';
import { isUniqueViolation } from '../db-errors.js';
import { notFound } from '../errors.js';
import { assertCanReadCarried } from '../policy/unit-access.js';
import { predecessorIds } from '../org/carried-history.js';
import { annualReportDeadline } from '@thidua/domain';
import { movementForReview, movementForYear } from '../movement/active-movement.js';
import { mutate } from '../mutation.js';
import { procedure, PUBLIC, rolesMeta, SIGNED_IN } from '../trpc.js';
import { reviewIdInput, yearInput } from '../inputs/year-input.js';
import { DUTY } from '../roles.js';

/** A report made from live data is registered as a draft: whoever checks its code reads that it is one. */
const DRAFT = ' (dự thảo)';

const AWARD_READERS = [DUTY.homeAffairs, DUTY.chair, 'LEADER'] as const;
const REPORT_READERS = [DUTY.culture, DUTY.homeAffairs, DUTY.chair, 'LEADER'] as const;

interface Record {
  kind: DocumentKind;
  title: string;
  reference: string;
  subject: string;
  issuedOn: string;
}

/** The code for this content; the first time it is produced, a row and an audit entry in one transaction. */
const issue = async <M>(ctx: Context, record: Record, model: M) => {
  const code = verificationCode(record.kind, model);
  const known = await ctx.db.issuedDocument.findUnique({ where: { code }, select: { code: true } });
  if (!known) {
    try {
      await mutate(ctx, async (tx) => {
        await tx.issuedDocument.create({ data: { code, ...record, issuedAt: ctx.now(), issuedBy: ctx.actor!.userId } });
        return {
          result: null,
          audit: {
            action: 'document.issue',
            entity: 'IssuedDocument',
            entityId: code,
            data: { kind: record.kind, reference: record.reference },
          },
        };
      });
    } catch (e) {
      // The same document produced twice at once: the other request registered it (and its audit entry) first.
      if (!isUniqueViolation(e)) throw e;
    }
  }
  return { kind: record.kind, code, model };
};

export const documentsRouter = {
  awardDecision: procedure
    .meta(rolesMeta(...AWARD_READERS))
    .input(z.object({ decisionId: z.string().min(1).max(64) }))
    .mutation(async ({ ctx, input }) => {
      const model = await awardDecisionModel(ctx.db, input.decisionId);
      const number = model.letterhead.number.replace(/^Số:\s*/, '');
      return issue(
        ctx,
        {
          kind: 'award-decision',
          title: `Quyết định ${number}`,
          reference: number,
          subject: `${model.awardees.length} tập thể, cá nhân`,
          issuedOn: model.letterhead.date,
        },
        model,
      );
    }),

  certificate: procedure
    .meta(rolesMeta(...AWARD_READERS))
    .input(z.object({ nominationId: z.string().min(1).max(64) }))
    .mutation(async ({ ctx, input }) => {
      const model = await certificateModel(ctx.db, input.nominationId);
      return issue(
        ctx,
        {
          kind: 'certificate',
          title: `Giấy khen: ${model.awardee.name}`,
          reference: model.decisionNumber,
          subject: model.awardee.name,
          issuedOn: model.decisionDate,
        },
        model,
      );
    }),

  reviewReport: procedure
    .meta(rolesMeta(...REPORT_READERS))
    .input(z.object({ reviewId: reviewIdInput }))
    .mutation(async ({ ctx, input }) => {
      const { movement } = await movementForReview(ctx.db, input.reviewId);
      const model = await reviewReportModel(ctx.db, movement, input.reviewId, ctx.now());
      return issue(
        ctx,
        {
          kind: 'review-report',
          title: `Báo cáo ${model.subject}${DRAFT}`,
          reference: input.reviewId,
          subject: model.subject,
          issuedOn: model.letterhead.date,
        },
        model,
      );
    }),

  /** A unit's yearly report: for its own editors and whoever may read its data. */
  unitYearReport: procedure
    .meta(SIGNED_IN)
    .input(z.object({ unitId: z.string().min(1).max(64), year: yearInput }))
    .mutation(async ({ ctx, input }) => {
      const unit = await ctx.db.orgUnit.findUnique({
        where: { id: input.unitId },
        select: { id: true, sectorId: true },
      });
      if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
      await assertCanReadCarried(ctx.actor!, unit, (id) => predecessorIds(ctx.db, id));
      const { movement } = await movementForYear(ctx.db, input.year);
      const model = await unitYearReportModel(ctx.db, movement, unit.id, input.year, ctx.now());
      return issue(
        ctx,
        {
          kind: 'unit-year-report',
          title: `Báo cáo năm ${input.year}: ${model.unit}${model.draft ? DRAFT : ''}`,
          reference: `${unit.id}:${input.year}`,
          subject: model.unit,
          issuedOn: model.letterhead.date,
        },
        model,
      );
    }),

  /** The district's yearly report, compiled by Culture & Information from approved data. */
  districtYearReport: procedure
    .meta(rolesMeta(...REPORT_READERS))
    .input(z.object({ year: yearInput }))
    .mutation(async ({ ctx, input }) => {
      const { movement } = await movementForYear(ctx.db, input.year);
      const model = await districtYearReportModel(ctx.db, movement, input.year, ctx.now());
      return issue(
        ctx,
        {
          kind: 'district-year-report',
          title: `Báo cáo ${model.subject}${DRAFT}`,
          reference: `${annualReportDeadline(movement)?.id ?? 'ANNUAL-REPORT'}:${input.year}`,
          subject: model.subject,
          issuedOn: model.letterhead.date,
        },
        model,
      );
    }),

  /** Is this a document the district produced? Title, reference and date only, never the content. */
  verify: procedure
    .meta(PUBLIC)
    .input(z.object({ code: z.string().trim().toUpperCase().regex(CODE_PATTERN) }))
    .query(async ({ ctx, input }) => {
      const doc = await ctx.db.issuedDocument.findUnique({
        where: { code: input.code },
        select: { code: true, kind: true, title: true, reference: true, subject: true, issuedOn: true },
      });
      return doc ? { valid: true as const, ...doc } : { valid: false as const, code: input.code };
    }),
} satisfies TRPCRouterRecord;

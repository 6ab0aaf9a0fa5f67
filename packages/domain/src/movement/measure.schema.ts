// How a criterion or target is measured and compared. "trên X%" is gt, "từ X% trở lên" is gte.
import { z } from 'zod';

export const COMPARATORS = ['gte', 'gt', 'eq', 'lte'] as const;
export const comparatorSchema = z.enum(COMPARATORS);
export type Comparator = z.infer<typeof comparatorSchema>;

export const COMPARATOR_SYMBOL: Record<Comparator, string> = { gte: '≥', gt: '>', eq: '=', lte: '≤' };

const booleanMeasure = z.strictObject({ kind: z.literal('boolean') });
const percentMeasure = z.strictObject({
  kind: z.literal('percent'),
  op: comparatorSchema,
  threshold: z.number().min(0).max(100),
});
const countMeasure = z.strictObject({
  kind: z.literal('count'),
  op: comparatorSchema,
  threshold: z.number().int().min(0),
});

export const measureSchema = z.discriminatedUnion('kind', [
  booleanMeasure,
  percentMeasure,
  countMeasure,
  z.strictObject({
    kind: z.literal('score'),
    op: comparatorSchema,
    threshold: z.number().min(0),
    max: z.number().positive(),
  }),
  z.strictObject({
    kind: z.literal('rank'),
    op: comparatorSchema,
    threshold: z.number().int().min(1),
    outOf: z.number().int().min(1).optional(),
  }),
]);
export type Measure = z.infer<typeof measureSchema>;
export type MeasureKind = Measure['kind'];

/**
 * How a sector indicator is measured: the same kinds and bounds as a criterion's measure, for what a commune's
 * figure can be (a share, a count, yes/no). The goal (`op` + `threshold`) is optional: the plan names a number for a
 * sector programme only rarely ("100% cơ sở giáo dục"), and an indicator without one is tracked, not judged.
 */
export const indicatorMeasureSchema = z.discriminatedUnion('kind', [
  booleanMeasure,
  percentMeasure.partial({ op: true, threshold: true }),
  countMeasure.partial({ op: true, threshold: true }),
]);
export type IndicatorMeasure = z.infer<typeof indicatorMeasureSchema>;

export const compare = (op: Comparator, value: number, threshold: number): boolean => {
  switch (op) {
    case 'gte':
      return value >= threshold;
    case 'gt':
      return value > threshold;
    case 'eq':
      return value === threshold;
    case 'lte':
      return value <= threshold;
  }
};

/** Whether a number can be a value of the measure at all (120 %, a rank of 2.5 or 0 cannot). */
export const isPossibleValue = (m: Measure | IndicatorMeasure, v: number): boolean => {
  if (!Number.isFinite(v)) return false;
  switch (m.kind) {
    case 'percent':
      return v >= 0 && v <= 100;
    case 'score':
      return v >= 0 && v <= m.max;
    case 'count':
      return v >= 0 && Number.isInteger(v);
    case 'rank':
      return v >= 1 && Number.isInteger(v) && (m.outOf === undefined || v <= m.outOf);
    default:
      return true;
  }
};

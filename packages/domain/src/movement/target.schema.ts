// District targets for the end of the movement (chỉ tiêu), grouped G1 digital government, G2 economy, G3 society.
import { z } from 'zod';
import { localizedTextSchema } from '../i18n/localized-text.js';
import { idSchema } from './ids.js';
import { comparatorSchema } from './measure.schema.js';

export const targetGroupSchema = z.strictObject({
  id: z.string().regex(/^G[0-9]+$/),
  label: localizedTextSchema,
  source: z.string().min(1),
});
export type TargetGroup = z.infer<typeof targetGroupSchema>;

const threshold = { op: comparatorSchema, threshold: z.number() };

export const targetRuleSchema = z.discriminatedUnion('kind', [
  // One observed value for the target year.
  z.strictObject({ kind: z.literal('value'), ...threshold }),
  // A yearly series where every listed year must pass (e.g. productivity growth ≥ 7 % each year).
  z.strictObject({ kind: z.literal('series'), ...threshold, years: z.array(z.number().int()).min(1) }),
  // One value per sector; the weakest sector decides. Empty `sectors` means every sector of the movement.
  z.strictObject({ kind: z.literal('minOverSectors'), ...threshold, sectors: z.array(idSchema).default([]) }),
  // A position in a ranking, 1 being best.
  z.strictObject({ kind: z.literal('rank'), ...threshold, outOf: z.number().int().min(1) }),
]);
export type TargetRule = z.infer<typeof targetRuleSchema>;

export const targetSchema = z.strictObject({
  id: idSchema,
  group: z.string().regex(/^G[0-9]+$/),
  label: localizedTextSchema,
  source: z.string().min(1),
  quote: z.string().optional(),
  unit: z.enum(['percent', 'rank']),
  year: z.number().int(),
  rule: targetRuleSchema,
  // The plan gives no number (e.g. T-G3-MOBILE): the threshold is ours, and the UI must say so.
  qualitative: z.boolean().default(false),
  note: localizedTextSchema.optional(),
});
export type Target = z.infer<typeof targetSchema>;

// A criterion (tiêu chuẩn thi đua): what is measured, for whom, and when it applies at all.
import { z } from 'zod';
import { localizedTextSchema } from '../i18n/localized-text.js';
import { idSchema } from './ids.js';
import { measureSchema } from './measure.schema.js';
import { participantKindSchema } from './participant.schema.js';

// E.g. C-ENT-MAKEINVN applies only when the participant's isItEnterprise is true.
export const conditionSchema = z.strictObject({
  attribute: z.string().min(1),
  equals: z.union([z.boolean(), z.string(), z.number()]),
  label: localizedTextSchema,
});
export type Condition = z.infer<typeof conditionSchema>;

export const criterionSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  source: z.string().min(1),
  quote: z.string().optional(),
  appliesTo: z.array(participantKindSchema).min(1),
  applicability: conditionSchema.optional(),
  // When the participant record carries this attribute (e.g. "registered"), it wins over reported facts.
  valueFromAttribute: z.string().min(1).optional(),
  measure: measureSchema,
  evidence: z.enum(['required', 'optional', 'none']),
  weight: z.number().positive().default(1),
  note: localizedTextSchema.optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;
export type CriterionInput = z.input<typeof criterionSchema>;

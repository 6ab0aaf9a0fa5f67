// The bodies with a duty in the plan (roles) and the sector programmes it prioritises, with their indicators.
import { z } from 'zod';
import { localizedTextSchema } from '../i18n/localized-text.js';
import { idSchema } from './ids.js';
import { indicatorMeasureSchema } from './measure.schema.js';
import { registerSchema } from '../sectors/register.schema.js';

export const roleSchema = z.strictObject({
  id: idSchema,
  body: localizedTextSchema,
  duty: localizedTextSchema,
  source: z.string().min(1),
});
export type Role = z.infer<typeof roleSchema>;

/**
 * A measurable indicator of a sector programme (I-HEALTH-EMR), entered per commune and year by the sector's office.
 * Indicators are the district's operational measures of the programme text: the plan names the programmes and what
 * they should achieve, not numeric indicators, so `quote` keeps the words of the plan each one measures.
 */
export const indicatorSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  /** What one value counts in: "%", "lượt khám" / "consultations", "có/không" / "yes/no". */
  unit: localizedTextSchema,
  measure: indicatorMeasureSchema,
  source: z.string().min(1),
  quote: z.string().min(1).optional(),
  // The plan gives no number: the goal (the measure's threshold) is the district's working mark, and the UI says so.
  workingGoal: z.boolean().default(false),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorInput = z.input<typeof indicatorSchema>;

export const sectorSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  highlights: localizedTextSchema,
  source: z.string().min(1),
  indicators: z.array(indicatorSchema).default([]),
  /** What the sector's office keeps a register of (schools, health stations…); indicators may be computed from it. */
  registers: z.array(registerSchema).optional(),
});
export type Sector = z.infer<typeof sectorSchema>;

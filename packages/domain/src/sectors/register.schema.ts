// A sector's register: the things its programme is about (the schools of education, the health stations of health,
// the cooperatives of agriculture…), one item per thing, kept by the sector's office per commune. Its indicators are
// then computed from the items (the share of schools with e-records), never typed.
import { z } from 'zod';
import { localizedTextSchema } from '../i18n/localized-text.js';
import { idSchema } from '../movement/ids.js';

/** A field's ID: lower case words joined by "_", as it is stored with each item ("e_records", "level"). */
const fieldId = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a-z, 0-9 and _, at most 40 characters');

const fieldBase = { id: fieldId, label: localizedTextSchema };

export const registerFieldSchema = z.discriminatedUnion('kind', [
  /** Yes or no: "has electronic medical records". */
  z.strictObject({ ...fieldBase, kind: z.literal('yes_no') }),
  /** A share in percent, 0–100: "population data cleaned". */
  z.strictObject({ ...fieldBase, kind: z.literal('percent') }),
  /** A whole number ≥ 0: "OCOP products listed online". */
  z.strictObject({ ...fieldBase, kind: z.literal('count') }),
  /** One of a fixed list: a school's level. */
  z.strictObject({
    ...fieldBase,
    kind: z.literal('choice'),
    options: z.array(z.strictObject({ id: fieldId, label: localizedTextSchema })).min(2),
  }),
  /** Free text up to 200 characters: a code, an address. */
  z.strictObject({ ...fieldBase, kind: z.literal('text') }),
]);
export type RegisterField = z.infer<typeof registerFieldSchema>;

/** How an indicator of the sector is computed for a commune from its items. */
export const registerRollupSchema = z.discriminatedUnion('kind', [
  /** The percent of the commune's items whose yes/no field is yes (none: no figure, not 0 %). */
  z.strictObject({ kind: z.literal('share_yes'), indicatorId: idSchema, field: fieldId }),
  /** The percent of the commune's items saying yes to every one of `fields` (a school with e-records, online
   * enrolment and a connection); an item saying no to one is a no, an item not yet checked is left out. */
  z.strictObject({ kind: z.literal('share_all_yes'), indicatorId: idSchema, fields: z.array(fieldId).min(2).max(10) }),
  /** How many items the commune has, or how many say yes to `field` (none: 0). */
  z.strictObject({ kind: z.literal('count'), indicatorId: idSchema, field: fieldId.optional() }),
  /** The mean of a percent field over the commune's items that have it (none: no figure). */
  z.strictObject({ kind: z.literal('mean'), indicatorId: idSchema, field: fieldId }),
]);
export type RegisterRollup = z.infer<typeof registerRollupSchema>;

export const registerSchema = z.strictObject({
  id: idSchema,
  /** What one item is: "Cơ sở giáo dục" / "School". */
  label: localizedTextSchema,
  /** The plan's paragraph it serves, as indicators cite theirs. */
  source: z.string().min(1),
  fields: z.array(registerFieldSchema).min(1).max(30),
  rollups: z.array(registerRollupSchema).default([]),
});
export type Register = z.infer<typeof registerSchema>;
export type RegisterInput = z.input<typeof registerSchema>;

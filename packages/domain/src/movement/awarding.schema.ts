// How a movement chooses its awardees, as data: the years a review judges and how they combine, the council's
// quorum and pass rule, and the documents a nomination's dossier holds. Each rule says where it comes from.
import { z } from 'zod';
import { localizedTextSchema } from '../i18n/localized-text.js';
import { idSchema } from './ids.js';

/** A share written as a fraction (2/3, 1/2): exact, so "more than half of 6" is never a rounding question. */
export const shareSchema = z
  .strictObject({ numerator: z.number().int().min(0), denominator: z.number().int().min(1) })
  .refine((s) => s.numerator <= s.denominator, { message: 'numerator must not exceed denominator' });
export type Share = z.infer<typeof shareSchema>;

export const periodRuleSchema = z.strictObject({
  /** every-year: eligible in each year of the review's period that the unit was asked to report; last-year: the last one decides. */
  eligibility: z.enum(['every-year', 'last-year']),
  /** mean: the average of the years' scores; last-year: the last year's score. */
  score: z.enum(['mean', 'last-year']),
  source: z.string().min(1),
});
export type PeriodRule = z.infer<typeof periodRuleSchema>;

export const ballotRuleSchema = z.strictObject({
  /** At least this share of the council's members must vote for the count to stand. */
  quorum: shareSchema,
  /** A nominee passes with more yes votes than this share of the voters (or of all members). */
  pass: z.strictObject({ moreThan: shareSchema, of: z.enum(['voters', 'members']) }),
  source: z.string().min(1),
});
export type BallotRule = z.infer<typeof ballotRuleSchema>;

export const dossierDocumentSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  required: z.boolean(),
  source: z.string().min(1),
});
export type DossierDocument = z.infer<typeof dossierDocumentSchema>;

export const awardingSchema = z.strictObject({
  period: periodRuleSchema,
  ballot: ballotRuleSchema,
  dossier: z.array(dossierDocumentSchema),
});
export type Awarding = z.infer<typeof awardingSchema>;

/** For a movement file written before awarding rules existed: the council counts when two thirds of its members vote,
 * a nominee passes with more than half of the votes cast, every year of the period counts and scores average; no
 * dossier documents are asked. The source says so, so screens and documents can show it is not the plan's word. */
export const DEFAULT_AWARDING: Awarding = {
  period: { eligibility: 'every-year', score: 'mean', source: 'thidua default (the movement states no rule)' },
  ballot: {
    quorum: { numerator: 2, denominator: 3 },
    pass: { moreThan: { numerator: 1, denominator: 2 }, of: 'voters' },
    source: 'thidua default (the movement states no rule)',
  },
  dossier: [],
};

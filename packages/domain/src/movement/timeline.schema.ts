// Phases, reviews with their award quotas, and deadlines; all dates are local to the movement's time zone.
import { z } from 'zod';
import { localizedTextSchema } from '../i18n/localized-text.js';
import { idSchema, localDateSchema } from './ids.js';
import { participantKindSchema } from './participant.schema.js';

export const phaseSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  start: localDateSchema,
  end: localDateSchema,
  source: z.string().min(1),
});
export type Phase = z.infer<typeof phaseSchema>;

export const quotaSchema = z.strictObject({
  collective: z.number().int().min(0),
  individual: z.number().int().min(0),
});
export type Quota = z.infer<typeof quotaSchema>;

export const reviewSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  year: z.number().int(),
  /** The years whose work the review judges (the interim review 2022–2023, the final 2021–2025); only \`year\` when absent. */
  years: z.strictObject({ from: z.number().int(), to: z.number().int() }).optional(),
  start: localDateSchema,
  end: localDateSchema,
  award: localizedTextSchema,
  quotas: quotaSchema,
  source: z.string().min(1),
});
export type Review = z.infer<typeof reviewSchema>;

const monthDay = { month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) };

export const dueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('once'), date: localDateSchema, opensOn: localDateSchema.optional() }),
  z.strictObject({
    kind: z.literal('yearly'),
    ...monthDay,
    fromYear: z.number().int(),
    toYear: z.number().int(),
    // The yearly window opens on this day of the same year (1 January unless said otherwise).
    opensOn: z.strictObject(monthDay).default({ month: 1, day: 1 }),
  }),
]);
export type Due = z.infer<typeof dueSchema>;

// "before": day X itself is late ("trước ngày X"); "on_or_before": day X still counts.
export const deadlineReadingSchema = z.enum(['before', 'on_or_before']);
export type DeadlineReading = z.infer<typeof deadlineReadingSchema>;

export const deadlineSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  appliesTo: z.array(participantKindSchema).min(1),
  due: dueSchema,
  reading: deadlineReadingSchema,
  /** What the platform does with it: 'unit-plan' is the deadline units send their own movement plan against. (The
   * yearly report is the deadline that recurs every year.) */
  purpose: z.enum(['unit-plan']).optional(),
  recipient: localizedTextSchema,
  source: z.string().min(1),
  quote: z.string().optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const timelineSchema = z.strictObject({
  phases: z.array(phaseSchema).min(1),
  reviews: z.array(reviewSchema),
  deadlines: z.array(deadlineSchema),
});
export type Timeline = z.infer<typeof timelineSchema>;

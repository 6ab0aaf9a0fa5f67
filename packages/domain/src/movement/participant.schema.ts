// Who competes: collectives (departments, communes, enterprises) and individuals.
import { z } from 'zod';
import { localizedTextSchema } from '../i18n/localized-text.js';
import { idSchema } from './ids.js';
import { ruleSchema } from './rule.schema.js';

export const PARTICIPANT_KINDS = ['department', 'commune', 'enterprise', 'individual'] as const;
export const participantKindSchema = z.enum(PARTICIPANT_KINDS);
export type ParticipantKind = z.infer<typeof participantKindSchema>;

export const AWARD_CLASSES = ['collective', 'individual'] as const;
export const awardClassSchema = z.enum(AWARD_CLASSES);
export type AwardClass = z.infer<typeof awardClassSchema>;

export const participantGroupSchema = z.strictObject({
  id: idSchema,
  kind: participantKindSchema,
  awardClass: awardClassSchema,
  label: localizedTextSchema,
  who: localizedTextSchema,
  source: z.string().min(1),
  eligibility: ruleSchema,
});
export type ParticipantGroup = z.infer<typeof participantGroupSchema>;

// A participant as the evaluator sees it; extra attributes feed applicability conditions.
export const participantSchema = z.strictObject({
  id: z.string().min(1),
  kind: participantKindSchema,
  registered: z.boolean().optional(),
  isItEnterprise: z.boolean().optional(),
  attributes: z.record(z.string(), z.union([z.boolean(), z.string(), z.number()])).optional(),
});
export type Participant = z.infer<typeof participantSchema>;

export const factValueSchema = z.union([z.number(), z.boolean(), z.null()]);
export const factsSchema = z.record(z.string(), factValueSchema);
export type FactValue = z.infer<typeof factValueSchema>;
export type Facts = Readonly<Record<string, FactValue | undefined>>;

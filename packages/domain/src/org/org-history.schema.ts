// Org units change over time (the 2025 commune merges): each unit has a validity interval, and
// succession events say who carries a unit's history forward.
import { z } from 'zod';
import { localizedTextSchema } from '../i18n/localized-text.js';
import { localDateSchema } from '../movement/ids.js';

export const orgUnitKindSchema = z.enum(['district', 'department', 'commune', 'town', 'enterprise', 'organisation']);
export type OrgUnitKind = z.infer<typeof orgUnitKindSchema>;

export const orgUnitSpanSchema = z.strictObject({
  id: z.string().min(1),
  name: localizedTextSchema,
  kind: orgUnitKindSchema,
  parentId: z.string().min(1).optional(),
  validFrom: localDateSchema,
  /** Exclusive: the first day the unit no longer exists. Absent while it still exists. */
  validTo: localDateSchema.optional(),
});
export type OrgUnitSpan = z.infer<typeof orgUnitSpanSchema>;

export const successionSchema = z.strictObject({
  type: z.enum(['merge', 'split', 'rename']),
  /** Effective date: `from` units end the day before, `to` units start on it. */
  date: localDateSchema,
  from: z.array(z.string().min(1)).min(1),
  to: z.array(z.string().min(1)).min(1),
  basis: z.string().optional(),
});
export type Succession = z.infer<typeof successionSchema>;

export const orgHistorySchema = z.strictObject({
  units: z.array(orgUnitSpanSchema),
  successions: z.array(successionSchema),
});
export type OrgHistory = z.infer<typeof orgHistorySchema>;

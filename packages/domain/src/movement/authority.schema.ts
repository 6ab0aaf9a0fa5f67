// Who issues the movement's documents and grants its awards can change on a date (a reorganisation): each change is
// dated, with its legal basis, and says when a fact is not yet confirmed instead of inventing it.
import { z } from 'zod';
import { localizedTextSchema } from '../i18n/localized-text.js';
import { localDateSchema } from './ids.js';

export const authorityChangeSchema = z.strictObject({
  /** The first day the new issuer and grantor hold the power (local date). */
  from: localDateSchema,
  issuer: localizedTextSchema,
  awardGrantor: localizedTextSchema,
  /** The place documents are dated at ("Ninh Sơn, ngày …"). */
  place: z.string().min(1),
  /** The legal act behind the change. */
  basis: z.string().min(1),
  /** False while the office has not confirmed who holds the power: documents say it is to be confirmed. */
  confirmed: z.boolean(),
  /** What is known and what is not, for whoever confirms it. */
  note: z.string().min(1).optional(),
});
export type AuthorityChange = z.infer<typeof authorityChangeSchema>;

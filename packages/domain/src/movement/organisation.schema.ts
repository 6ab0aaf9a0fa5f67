// The bodies with a duty in the plan (roles) and the sector programmes it prioritises.
import { z } from 'zod';
import { localizedTextSchema } from '../i18n/localized-text.js';
import { idSchema } from './ids.js';

export const roleSchema = z.strictObject({
  id: idSchema,
  body: localizedTextSchema,
  duty: localizedTextSchema,
  source: z.string().min(1),
});
export type Role = z.infer<typeof roleSchema>;

export const sectorSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  highlights: localizedTextSchema,
  source: z.string().min(1),
});
export type Sector = z.infer<typeof sectorSchema>;

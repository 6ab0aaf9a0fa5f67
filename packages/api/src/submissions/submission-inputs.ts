// The inputs every move takes: which submission, at which version, and for a return or un-approval, why.
import { z } from 'zod';
import { evidenceUrl } from '../inputs/evidence-url.js';

export const submissionRef = z.object({ reportId: z.string().min(1), version: z.number().int().min(1) });

export const moveReason = z
  .string()
  .trim()
  .min(10, 'Cần nêu lý do (ít nhất 10 ký tự) / a reason of at least 10 characters')
  .max(1000);

/** The version the editor loaded; omitted only when the first save creates the submission. */
export const draftVersion = z.number().int().min(1).optional();

/** What every figure of a draft carries, whatever it measures: a number or yes/no, its evidence link and a note. */
export const figureFields = {
  number: z.number().finite().nullable().optional(),
  bool: z.boolean().nullable().optional(),
  evidenceUrl: evidenceUrl.nullable().optional(),
  note: z.string().max(2000).nullable().optional(),
};

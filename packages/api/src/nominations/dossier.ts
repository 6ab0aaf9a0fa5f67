// A nomination's dossier: the documents the movement's procedure asks for (tờ trình, báo cáo thành tích, biên bản bình
// xét), each an uploaded file. Every required document must be there; none the movement does not name.
import type { Movement } from '@thidua/domain';
import { z } from 'zod';
import { appError } from '../errors.js';
import { evidenceFile } from '../inputs/evidence-file.js';

export const dossierSchema = z
  .array(
    z.object({ documentId: z.string().min(1).max(64), file: evidenceFile, name: z.string().trim().min(1).max(200) }),
  )
  .max(20, 'Hồ sơ tối đa 20 tệp / at most 20 files');
export type Dossier = z.infer<typeof dossierSchema>;

export const assertDossier = (movement: Movement, dossier: Dossier): void => {
  const asked = movement.awarding.dossier;
  const unknown = dossier.filter((d) => !asked.some((a) => a.id === d.documentId)).map((d) => d.documentId);
  if (unknown.length > 0) {
    throw appError(
      'BAD_REQUEST',
      `Hồ sơ không có loại tài liệu ${unknown.join(', ')} (có: ${asked.map((a) => a.id).join(', ') || 'không'})`,
      `The dossier has no document type ${unknown.join(', ')} (it has: ${asked.map((a) => a.id).join(', ') || 'none'})`,
    );
  }
  const missing = asked.filter((a) => a.required && !dossier.some((d) => d.documentId === a.id));
  if (missing.length > 0) {
    throw appError(
      'BAD_REQUEST',
      `Hồ sơ còn thiếu: ${missing.map((m) => m.label.vi).join('; ')}`,
      `The dossier lacks: ${missing.map((m) => m.label.en).join('; ')}`,
    );
  }
};

export const storedDossier = (json: string | null): Dossier => (json ? dossierSchema.parse(JSON.parse(json)) : []);

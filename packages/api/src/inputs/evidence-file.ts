// A file uploaded through /api/evidence (stored by its content hash): the only form a dossier document takes, so a
// stored link can never point outside the platform's own checked files.
import { z } from 'zod';

export const evidenceFile = z
  .string()
  .regex(
    /^\/api\/evidence\/[0-9a-f]{40}\.(pdf|png|jpg|xlsx|docx)$/,
    'Tệp phải được tải lên qua mục minh chứng (PDF, ảnh, Word, Excel) / the file must be uploaded as evidence',
  );

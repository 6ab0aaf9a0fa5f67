// Years and review IDs as typed by a client: their shape only. Whether the movement reports in that year or has that
// review is the domain's answer (assertReportingYear, findReview), so no plan's years or IDs live in the API.
import { z } from 'zod';

export const yearInput = z.number().int().min(1000).max(9999);

export const reviewIdInput = z
  .string()
  .min(3)
  .max(64)
  .regex(
    /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/,
    'Mã đợt xét gồm chữ in hoa, số và dấu gạch nối, ví dụ R-TONG-KET / a review id is upper-case words joined by hyphens',
  );

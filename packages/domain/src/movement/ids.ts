// Stable IDs such as C-DEPT-DOSSIERS or T-G3-EPAYMENT: upper case words joined by hyphens.
import { z } from 'zod';

export const ID_PATTERN = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'must be upper-case words joined by hyphens, like AB-CD' });

// Calendar dates are local to the movement's time zone and written YYYY-MM-DD.
export const localDateSchema = z.iso.date();

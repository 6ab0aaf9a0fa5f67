// What a sign-in name may be: short, lower-case, typeable on any keyboard and unambiguous in logs.
import { z } from 'zod';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9.]{3,40}$/,
    'Tên đăng nhập: chữ thường, số và dấu chấm (3–40 ký tự) / username: lower-case letters, digits and dots (3–40 characters)',
  );

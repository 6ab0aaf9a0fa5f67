// Passwords: argon2id hashes; at least 8 characters (64+ allowed); common passwords refused.
import { hash, verify } from '@node-rs/argon2';
import { DEMO_PASSWORD, verifyScryptHash } from '@thidua/db/seed';

// The most common passwords worldwide and in Vietnam; a short list that catches what attackers try first.
const COMMON = new Set(
  [
    '12345678', '123456789', '1234567890', 'password', 'password1', 'qwerty123', 'qwertyuiop', '11111111', '00000000', '88888888',
    '66666666', '12341234', 'abc12345', 'abcd1234', 'iloveyou', 'admin123', 'admin@123', 'matkhau', 'matkhau123', 'matkhau@123',
    'anhyeuem', 'yeuemmaimai', 'vietnam123', 'ninhson123', 'thidua123', '123123123', '987654321', 'baseball', 'football', 'welcome1',
  ].map((p) => p.toLowerCase()),
);

export interface PasswordProblem {
  vi: string;
  en: string;
}

export const passwordProblem = (plain: string): PasswordProblem | null => {
  if ([...plain].length < 8) return { vi: 'Mật khẩu cần ít nhất 8 ký tự', en: 'The password needs at least 8 characters' };
  if ([...plain].length > 128) return { vi: 'Mật khẩu tối đa 128 ký tự', en: 'The password may have at most 128 characters' };
  // The demo accounts' password is printed in the README: it protects nothing.
  if (plain === DEMO_PASSWORD) return { vi: 'Đây là mật khẩu của dữ liệu mẫu, đã công bố công khai; hãy chọn mật khẩu khác', en: 'This is the demo data\'s published password; choose another' };
  if (COMMON.has(plain.toLowerCase())) return { vi: 'Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác', en: 'This password is too common; choose another' };
  return null;
};

export const hashPassword = (plain: string): Promise<string> => hash(plain);

/** Verifies argon2id hashes, and the scrypt hashes of seeded accounts (which are re-hashed at sign-in). */
export const verifyPassword = async (stored: string, plain: string): Promise<boolean> => {
  try {
    if (stored.startsWith('$argon2')) return await verify(stored, plain);
    if (stored.startsWith('scrypt$')) return await verifyScryptHash(stored, plain);
    return false;
  } catch {
    return false;
  }
};

/** Whether a stored hash should be replaced by a fresh argon2id hash after a successful sign-in. */
export const needsRehash = (stored: string): boolean => !stored.startsWith('$argon2id$');

// Passwords: argon2id hashes; at least 8 characters (64+ allowed); passwords from breach lists refused.
import { hash, verify } from '@node-rs/argon2';
import { DEMO_PASSWORD, verifyScryptHash } from '@thidua/db/seed';
import { dictionary } from '@zxcvbn-ts/language-common';

/** The 49,000 most common passwords of public breach corpora (zxcvbn's list, a data file of an npm package). */
let breached: ReadonlySet<string> | undefined;
const breachedPasswords = (): ReadonlySet<string> =>
  (breached ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase())));

// What attackers try first in Vietnam, which the international lists miss.
const COMMON_HERE = new Set(
  [
    '12345678',
    '123456789',
    '1234567890',
    'password',
    'password1',
    'qwerty123',
    'qwertyuiop',
    '11111111',
    '00000000',
    '88888888',
    '66666666',
    '12341234',
    'abc12345',
    'abcd1234',
    'iloveyou',
    'admin123',
    'admin@123',
    'matkhau',
    'matkhau123',
    'matkhau@123',
    'anhyeuem',
    'yeuemmaimai',
    'vietnam123',
    'ninhson123',
    'thidua123',
    '123123123',
    '987654321',
    'baseball',
    'football',
    'welcome1',
  ].map((p) => p.toLowerCase()),
);

export interface PasswordProblem {
  vi: string;
  en: string;
}

export const passwordProblem = (plain: string): PasswordProblem | null => {
  if ([...plain].length < 8)
    return { vi: 'Mật khẩu cần ít nhất 8 ký tự', en: 'The password needs at least 8 characters' };
  if ([...plain].length > 128)
    return { vi: 'Mật khẩu tối đa 128 ký tự', en: 'The password may have at most 128 characters' };
  // The demo accounts' password is printed in the README: it protects nothing.
  if (plain === DEMO_PASSWORD)
    return {
      vi: 'Đây là mật khẩu của dữ liệu mẫu, đã công bố công khai; hãy chọn mật khẩu khác',
      en: "This is the demo data's published password; choose another",
    };
  if (COMMON_HERE.has(plain.toLowerCase()) || breachedPasswords().has(plain.toLowerCase()))
    return {
      vi: 'Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác',
      en: 'This password is too common; choose another',
    };
  return null;
};

/** How many passwords the breach list holds (for the operations guide and its test). */
export const breachedPasswordCount = (): number => breachedPasswords().size;

export const hashPassword = (plain: string): Promise<string> => hash(plain);

let unknownUser: Promise<string> | undefined;
/** A real argon2id hash of nothing anyone knows: an unknown username is checked against it, so it takes as long as a known one. */
export const unknownUserHash = (): Promise<string> => (unknownUser ??= hash(crypto.randomUUID()));

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

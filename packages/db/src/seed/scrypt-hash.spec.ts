// The seed's scrypt hasher: salted, self-describing, verifiable, and refusing anything malformed.
import { describe, expect, it } from 'vitest';
import { SCRYPT_PARAMS, scryptHash, verifyScryptHash } from './scrypt-hash.js';

describe('scryptHash', () => {
  it('writes scrypt$N$r$p$salt$hash with a fresh salt each time', async () => {
    const [a, b] = await Promise.all([scryptHash('Mật khẩu dài 2025'), scryptHash('Mật khẩu dài 2025')]);
    expect(a).toMatch(
      new RegExp(
        `^scrypt\\$${SCRYPT_PARAMS.N}\\$${SCRYPT_PARAMS.r}\\$${SCRYPT_PARAMS.p}\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}$`,
      ),
    );
    expect(a).not.toBe(b);
  });

  it('verifies the right password only, Unicode-normalised', async () => {
    const stored = await scryptHash('Ninh Sơn số');
    expect(await verifyScryptHash(stored, 'Ninh Sơn số')).toBe(true);
    expect(await verifyScryptHash(stored, 'Ninh Sơn số'.normalize('NFD'))).toBe(true);
    expect(await verifyScryptHash(stored, 'Ninh Son so')).toBe(false);
  });

  it('refuses other formats and unsafe parameters', async () => {
    for (const stored of [
      '',
      'plain',
      '$argon2id$v=19$m=19456,t=2,p=1$abc$def',
      'scrypt$1048576$64$1$AAAA$AAAA',
      'scrypt$16384$8$1$$',
    ]) {
      expect(await verifyScryptHash(stored, 'x'), stored).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { isSealed, openTotpSecret, sealTotpSecret, totpKeyOf } from './totp-secret.js';

const key = totpKeyOf(Buffer.alloc(32, 7).toString('base64'));

describe('TOTP secrets at rest', () => {
  it('are sealed so the stored text does not contain the secret, and open back with the key', () => {
    const sealed = sealTotpSecret('JBSWY3DPEHPK3PXP', key);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(isSealed(sealed)).toBe(true);
    expect(openTotpSecret(sealed, key)).toBe('JBSWY3DPEHPK3PXP');
    // A fresh nonce each time: the same secret never seals to the same text.
    expect(sealTotpSecret('JBSWY3DPEHPK3PXP', key)).not.toBe(sealed);
  });
  it('fail closed under another key or when altered', () => {
    const sealed = sealTotpSecret('JBSWY3DPEHPK3PXP', key);
    expect(openTotpSecret(sealed, totpKeyOf(Buffer.alloc(32, 8).toString('base64')))).toBeNull();
    expect(openTotpSecret(`${sealed.slice(0, -4)}AAAA`, key)).toBeNull();
  });
  it('read a secret stored before sealing as it is', () => {
    expect(openTotpSecret('JBSWY3DPEHPK3PXP', key)).toBe('JBSWY3DPEHPK3PXP');
  });
  it('refuse a key that is not 32 bytes, and use a fixed demo key when none is configured', () => {
    expect(() => totpKeyOf(Buffer.alloc(16).toString('base64'))).toThrow(/32 byte/);
    expect(totpKeyOf(undefined)).toHaveLength(32);
  });
});

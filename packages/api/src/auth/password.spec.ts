import { describe, expect, it } from 'vitest';
import { breachedPasswordCount, passwordProblem, unknownUserHash, verifyPassword } from './password.js';

describe('passwords a person may choose', () => {
  it('refuses passwords from the breach list, whatever their case, naming the reason in Vietnamese', () => {
    for (const p of ['poohbear', 'Paradise', 'qweasdzxc', '147258369', 'kimberly'])
      expect(passwordProblem(p)?.vi, p).toBe('Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác');
    expect(passwordProblem('matkhau@123')?.en).toBe('This password is too common; choose another');
  });
  it('holds at least 10,000 breached passwords', () => {
    expect(breachedPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });
  it('accepts a long, unusual one, and states the length limits', () => {
    expect(passwordProblem('Ruong-bac-thang-Lam-Son-2026')).toBeNull();
    expect(passwordProblem('ngan')?.vi).toContain('ít nhất 8 ký tự');
    expect(passwordProblem('x'.repeat(129))?.vi).toContain('tối đa 128 ký tự');
  });
  it('checks an unknown user against a real argon2id hash that nothing matches', async () => {
    const hash = await unknownUserHash();
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await unknownUserHash()).toBe(hash);
    expect(await verifyPassword(hash, '')).toBe(false);
  });
});

// The second factor's secret is never stored in clear: sealed at enrolment, sealed on the next use when an older
// version stored it in clear, and refused (fail closed) when it was sealed under another key.
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import { describe, expect, it } from 'vitest';
import { PASSWORD, TOTP_SECRET } from '../testing/api-harness.js';
import { testProviders, useHarness } from '../testing/use-harness.js';
import { sealTotpSecret, totpKeyOf } from './totp-secret.js';

const providers = await testProviders();

describe.each(providers)('TOTP secrets at rest on %s', (provider) => {
  const h = useHarness(provider);
  const stored = async (username: string) =>
    (await h.t.db.user.findUniqueOrThrow({ where: { username }, select: { totpSecret: true } })).totpSecret ?? '';

  it('seals the secret at enrolment; the code from it still works', async () => {
    const leader = await h.as('lanhdao');
    const { secret } = await leader.auth.setupTotp();
    expect(await stored('lanhdao')).not.toContain(secret);
    expect(await stored('lanhdao')).toMatch(/^gcm1:/);
    await expect(
      leader.auth.verifyTotp({ code: generateTOTP(decodeBase32IgnorePadding(secret), 30, 6) }),
    ).resolves.toEqual({ ok: true });
  });

  it('seals a secret an older version stored in clear, at its next use', async () => {
    expect(await stored('vhtt')).toBe(TOTP_SECRET);
    await h.as('vhtt');
    expect(await stored('vhtt')).toMatch(/^gcm1:/);
    expect(await stored('vhtt')).not.toContain(TOTP_SECRET);
    await h.as('vhtt');
  });

  it('fails closed, in Vietnamese, when the secret was sealed under another key', async () => {
    await h.t.db.user.update({
      where: { username: 'noivu' },
      data: { totpSecret: sealTotpSecret(TOTP_SECRET, totpKeyOf(Buffer.alloc(32, 5).toString('base64'))) },
    });
    const session = await h.withToken(undefined);
    await session.caller.auth.login({ username: 'noivu', password: PASSWORD });
    const caller = (await h.withToken(session.cookies.token)).caller;
    await expect(
      caller.auth.verifyTotp({ code: generateTOTP(decodeBase32IgnorePadding(TOTP_SECRET), 30, 6) }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringContaining('quản trị viên cấp lại') });
  });
});

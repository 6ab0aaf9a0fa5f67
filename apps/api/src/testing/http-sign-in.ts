// Signs in over HTTP as a fixture user, completing the second factor where the role needs it, and returns the cookie
// the session ends up with (the second factor renews it).
import { PASSWORD, TOTP_SECRET } from '@thidua/api/testing';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import type { FastifyInstance } from 'fastify';

const json = { 'content-type': 'application/json' };
const cookieOf = (setCookie: unknown): string => String(setCookie ?? '').split(';')[0] ?? '';

export const signInOverHttp = async (app: FastifyInstance, username: string): Promise<string> => {
  const res = await app.inject({
    method: 'POST',
    url: '/trpc/auth.login',
    headers: json,
    payload: { username, password: PASSWORD },
  });
  const cookie = cookieOf(res.headers['set-cookie']);
  if (res.json().result.data.mfa !== 'required') return cookie;
  const verified = await app.inject({
    method: 'POST',
    url: '/trpc/auth.verifyTotp',
    headers: { ...json, cookie },
    payload: { code: generateTOTP(decodeBase32IgnorePadding(TOTP_SECRET), 30, 6) },
  });
  return cookieOf(verified.headers['set-cookie']);
};

// The session cookie: __Host- prefix (Secure, Path=/, no Domain), HttpOnly, SameSite=Lax.
import type { CookieSerializeOptions } from '@fastify/cookie';

export const SESSION_COOKIE = '__Host-thidua_session';

export const sessionCookieOptions = (expires: Date): CookieSerializeOptions => ({
  path: '/',
  httpOnly: true,
  secure: true,
  sameSite: 'lax',
  expires,
});

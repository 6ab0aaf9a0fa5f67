// What a log line says about a request: enough to follow an incident (who called from where, with what client and
// session), with the credentials in it censored by the logger; the body is never logged.
import type { FastifyRequest } from 'fastify';

const LOGGED_HEADERS = [
  'user-agent',
  'referer',
  'origin',
  'x-forwarded-for',
  'sec-fetch-site',
  'cookie',
  'authorization',
] as const;

export const requestForLog = (req: FastifyRequest) => ({
  method: req.method,
  url: req.url,
  remoteAddress: req.ip,
  headers: Object.fromEntries(
    LOGGED_HEADERS.filter((h) => req.headers[h] !== undefined).map((h) => [h, req.headers[h]]),
  ),
});

/** Censored wherever they appear in a log line: the session cookie, bearer tokens, passwords, and TOTP secrets. */
export const LOG_REDACTIONS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.totpSecret',
];

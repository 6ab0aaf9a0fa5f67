// A document's verification code: derived from what the document says, so the same data always gives the same
// code, and a changed document a different one. Ten characters of Crockford base32 (no I, L, O, U), in two groups.
import { createHash } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Canonical JSON: object keys sorted, so key order never changes the code. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

export const verificationCode = (kind: string, model: unknown): string => {
  const digest = createHash('sha256')
    .update(`${kind}\n${canonical(model)}`)
    .digest();
  let bits = 0n;
  for (let i = 0; i < 7; i++) bits = (bits << 8n) | BigInt(digest[i] ?? 0);
  let out = '';
  for (let i = 0; i < 10; i++) out += ALPHABET[Number((bits >> BigInt(51 - 5 * i)) & 31n)];
  return `${out.slice(0, 5)}-${out.slice(5)}`;
};

export const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

// Session tokens: 160 random bits, sent to the browser once; the database keeps only their SHA-256.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

export const newSessionToken = (): string => {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
};

export const sessionIdOf = (token: string): string => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));

// TOTP secrets are sealed at rest with AES-256-GCM under a key from the environment (TOTP_KEY), so a copy of the
// database alone cannot mint second-factor codes. A secret stored before sealing existed is read as it is and sealed
// again at the next successful verification.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { environmentKey } from './environment-key.js';

const PREFIX = 'gcm1:';

/** The key from TOTP_KEY (32 bytes, base64); a demo/test instance without one uses a fixed key said to be public. */
export const totpKeyOf = (configured: string | undefined): Buffer =>
  environmentKey('TOTP_KEY', configured, 'thidua demo TOTP key: public, for demo data only');

export const sealTotpSecret = (secret: string, key: Buffer): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${PREFIX}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${body.toString('base64')}`;
};

/** The secret, or null when it was sealed under another key (or altered): the second factor then fails closed. */
export const openTotpSecret = (stored: string, key: Buffer): string | null => {
  if (!stored.startsWith(PREFIX)) return stored;
  const [iv, tag, body] = stored.slice(PREFIX.length).split(':');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv ?? '', 'base64'));
    decipher.setAuthTag(Buffer.from(tag ?? '', 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body ?? '', 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
};

export const isSealed = (stored: string): boolean => stored.startsWith(PREFIX);

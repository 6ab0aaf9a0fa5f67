// A 32-byte key from the environment (TOTP_KEY, AUDIT_KEY), or, on a demo instance without one, a fixed key derived
// from a label that says it is public: demo data is sealed and signed the same way, with nothing secret about it.
import { createHash } from 'node:crypto';

export const environmentKey = (name: string, configured: string | undefined, demoLabel: string): Buffer => {
  if (configured) {
    const key = Buffer.from(configured, 'base64');
    if (key.length !== 32)
      throw new Error(`${name} phải là 32 byte mã hóa base64 | ${name} must be 32 bytes, base64-encoded`);
    return key;
  }
  return createHash('sha256').update(demoLabel).digest();
};

// Signed checkpoints of the audit chain's head: written on a schedule and after each verification, each an HMAC over
// (seq, hash, entries, time) under AUDIT_KEY, which the database never holds. Verification recomputes the chain and
// then holds it against every checkpoint: a rewritten chain (hashes recomputed) or a cut-off tail no longer agrees.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '@thidua/db';
import { environmentKey } from '../auth/environment-key.js';

export interface CheckpointFields {
  seq: number;
  hash: string;
  entries: number;
  at: Date;
}

/** The key from AUDIT_KEY (32 bytes, base64); a demo instance without one uses a fixed key said to be public. */
export const auditKeyOf = (configured: string | undefined): Buffer =>
  environmentKey('AUDIT_KEY', configured, 'thidua demo audit key: public, for demo data only');

export const signCheckpoint = (key: Buffer, c: CheckpointFields): string =>
  createHmac('sha256', key)
    .update(`thidua-audit-checkpoint\n${c.seq}\n${c.hash}\n${c.entries}\n${c.at.toISOString()}`)
    .digest('hex');

export const checkpointSigned = (key: Buffer, c: CheckpointFields & { signature: string }): boolean => {
  const expected = Buffer.from(signCheckpoint(key, c), 'hex');
  const given = Buffer.from(c.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
};

/** Notes the chain's head now, signed; nothing when the log is empty or the head is already noted. */
export const writeCheckpoint = async (
  db: Pick<Db, 'auditLog' | 'auditCheckpoint'>,
  key: Buffer,
  now: Date,
): Promise<CheckpointFields | null> => {
  const head = await db.auditLog.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true, hash: true } });
  if (!head) return null;
  const last = await db.auditCheckpoint.findFirst({ orderBy: { id: 'desc' }, select: { seq: true } });
  if (last?.seq === head.seq) return null;
  const fields = {
    seq: head.seq,
    hash: head.hash,
    entries: await db.auditLog.count({ where: { seq: { lte: head.seq } } }),
    at: now,
  };
  await db.auditCheckpoint.create({ data: { ...fields, signature: signCheckpoint(key, fields) } });
  return fields;
};

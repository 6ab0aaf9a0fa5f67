// Walks the audit log in order and recomputes every hash: any edited, removed or reordered entry shows. Then holds
// the chain against its signed checkpoints: a chain rewritten with recomputed hashes, or cut short, shows too.
import type { Db } from '@thidua/db';
import { auditHash, GENESIS_HASH } from './audit-hash.js';
import { auditKeyOf, checkpointSigned } from './checkpoint.js';

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link does not match, if any. */
  brokenAt: number | null;
  /** Signed checkpoints checked against the chain. */
  checkpoints: number;
  /** The first checkpoint the chain no longer agrees with: its entry is missing (cut off) or has another hash. */
  checkpointMismatchAt: number | null;
  /** A checkpoint whose signature is not AUDIT_KEY's (forged, or the key changed). */
  unsignedCheckpoint: number | null;
}

const PAGE = 1000;

export const verifyAuditChain = async (db: Db, key: Buffer = auditKeyOf(undefined)): Promise<ChainReport> => {
  const chain = await recomputeChain(db);
  const checkpoints = await db.auditCheckpoint.findMany({ orderBy: { id: 'asc' } });
  let checkpointMismatchAt: number | null = null;
  let unsignedCheckpoint: number | null = null;
  for (const c of checkpoints) {
    if (unsignedCheckpoint === null && !checkpointSigned(key, c)) unsignedCheckpoint = c.seq;
    const entry = await db.auditLog.findUnique({ where: { seq: c.seq }, select: { hash: true } });
    if (checkpointMismatchAt === null && entry?.hash !== c.hash) checkpointMismatchAt = c.seq;
  }
  return { ...chain, ok: chain.ok && checkpointMismatchAt === null && unsignedCheckpoint === null, checkpoints: checkpoints.length, checkpointMismatchAt, unsignedCheckpoint };
};

const recomputeChain = async (db: Db): Promise<{ ok: boolean; entries: number; brokenAt: number | null }> => {
  let prev = GENESIS_HASH;
  let entries = 0;
  let after = 0;
  for (;;) {
    const page = await db.auditLog.findMany({ where: { seq: { gt: after } }, orderBy: { seq: 'asc' }, take: PAGE });
    for (const e of page) {
      const expected = auditHash(prev, { at: e.at, actorId: e.actorId, actorRole: e.actorRole, action: e.action, entity: e.entity, entityId: e.entityId, requestId: e.requestId, data: e.data });
      if (e.prevHash !== prev || e.hash !== expected) return { ok: false, entries, brokenAt: e.seq };
      prev = e.hash;
      entries++;
      after = e.seq;
    }
    if (page.length < PAGE) return { ok: true, entries, brokenAt: null };
  }
};

// Walks the audit log in order and recomputes every hash: any edited, removed or reordered entry shows. Then holds
// the chain against its signed checkpoints: a chain rewritten with recomputed hashes, or cut short, shows too. The same
// check runs on the database and, offline, on an export (`thidua audit verify <export>`).
import type { Db } from '@thidua/db';
import { auditHash, GENESIS_HASH, type AuditFields } from './audit-hash.js';
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

export type ChainEntry = AuditFields & { seq: number; prevHash: string; hash: string };
export interface ChainCheckpoint {
  seq: number;
  hash: string;
  entries: number;
  at: Date;
  signature: string;
}

/** Feeds entries in `seq` order, then holds the chain against the checkpoints. */
export const chainVerifier = () => {
  let prev = GENESIS_HASH;
  let entries = 0;
  let brokenAt: number | null = null;
  const hashes = new Map<number, string>();
  return {
    feed(e: ChainEntry): void {
      hashes.set(e.seq, e.hash);
      if (brokenAt !== null) return;
      const expected = auditHash(prev, e);
      if (e.prevHash !== prev || e.hash !== expected) {
        brokenAt = e.seq;
        return;
      }
      prev = e.hash;
      entries++;
    },
    finish(checkpoints: readonly ChainCheckpoint[], key: Buffer): ChainReport {
      let checkpointMismatchAt: number | null = null;
      let unsignedCheckpoint: number | null = null;
      for (const c of checkpoints) {
        if (unsignedCheckpoint === null && !checkpointSigned(key, c)) unsignedCheckpoint = c.seq;
        if (checkpointMismatchAt === null && hashes.get(c.seq) !== c.hash) checkpointMismatchAt = c.seq;
      }
      const ok = brokenAt === null && checkpointMismatchAt === null && unsignedCheckpoint === null;
      return { ok, entries, brokenAt, checkpoints: checkpoints.length, checkpointMismatchAt, unsignedCheckpoint };
    },
  };
};

const PAGE = 1000;

export const verifyAuditChain = async (db: Db, key: Buffer = auditKeyOf(undefined)): Promise<ChainReport> => {
  const verifier = chainVerifier();
  for (let after = 0; ;) {
    const page = await db.auditLog.findMany({ where: { seq: { gt: after } }, orderBy: { seq: 'asc' }, take: PAGE });
    for (const e of page) verifier.feed(e);
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.seq;
  }
  return verifier.finish(await db.auditCheckpoint.findMany({ orderBy: { id: 'asc' } }), key);
};

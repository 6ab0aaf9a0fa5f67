// Walks the audit log in order and recomputes every hash: any edited, removed or reordered entry shows.
import type { Db } from '@thidua/db';
import { auditHash, GENESIS_HASH } from './audit-hash.js';

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link does not match, if any. */
  brokenAt: number | null;
}

const PAGE = 1000;

export const verifyAuditChain = async (db: Db): Promise<ChainReport> => {
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

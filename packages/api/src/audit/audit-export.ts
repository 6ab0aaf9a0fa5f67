// The audit log as a file for an inspector: every entry and every signed checkpoint, checked offline with
// `thidua audit verify <export>` and the office's AUDIT_KEY, without access to the database.
import type { Db } from '@thidua/db';
import { z } from 'zod';
import { chainVerifier, type ChainReport } from './verify-chain.js';

export const AUDIT_EXPORT_FORMAT = 'thidua-audit-export/1';

const date = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const exportSchema = z.object({
  format: z.literal(AUDIT_EXPORT_FORMAT),
  exportedAt: z.string(),
  entries: z.array(
    z.object({
      seq: z.number().int(),
      at: date,
      actorId: z.string().nullable(),
      actorRole: z.string().nullable(),
      action: z.string(),
      entity: z.string(),
      entityId: z.string().nullable(),
      requestId: z.string().nullable(),
      data: z.string(),
      prevHash: z.string(),
      hash: z.string(),
    }),
  ),
  checkpoints: z.array(
    z.object({ seq: z.number().int(), hash: z.string(), entries: z.number().int(), at: date, signature: z.string() }),
  ),
});

export const exportAuditLog = async (db: Pick<Db, 'auditLog' | 'auditCheckpoint'>, now: Date) => ({
  format: AUDIT_EXPORT_FORMAT,
  exportedAt: now.toISOString(),
  entries: (await db.auditLog.findMany({ orderBy: { seq: 'asc' } })).map((e) => ({ ...e, at: e.at.toISOString() })),
  checkpoints: (await db.auditCheckpoint.findMany({ orderBy: { id: 'asc' } })).map(({ id: _id, ...c }) => ({
    ...c,
    at: c.at.toISOString(),
  })),
});

/** Checks an export as `audit.verify` checks the database; a file that is not an export says so. */
export const verifyAuditExport = (text: string, key: Buffer): ChainReport => {
  const parsed = exportSchema.parse(JSON.parse(text));
  const verifier = chainVerifier();
  for (const e of [...parsed.entries].sort((a, b) => a.seq - b.seq)) verifier.feed(e);
  return verifier.finish(parsed.checkpoints, key);
};

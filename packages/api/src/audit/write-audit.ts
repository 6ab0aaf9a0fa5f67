// Appends one audit entry inside the caller's transaction, so a change and its record commit or fail together.
import type { Db } from '@thidua/db';
import type { Context } from '../context.js';
import { auditHash, GENESIS_HASH, type AuditFields } from './audit-hash.js';

/** The transaction client Prisma passes to `$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | null;
  data: unknown;
}

export const writeAudit = async (tx: Tx, ctx: Pick<Context, 'actor' | 'requestId' | 'now'>, entry: AuditEntry, postgres: boolean): Promise<void> => {
  // On PostgreSQL concurrent writers would read the same tail: serialise the chain with a transaction lock.
  if (postgres) await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(7406)');
  const last = await tx.auditLog.findFirst({ orderBy: { seq: 'desc' }, select: { hash: true } });
  const fields: AuditFields = {
    at: ctx.now(),
    actorId: ctx.actor?.userId ?? null,
    actorRole: ctx.actor?.role ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    requestId: ctx.requestId,
    data: JSON.stringify(entry.data ?? null),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.auditLog.create({ data: { ...fields, prevHash, hash: auditHash(prevHash, fields) } });
};

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

export const writeAudit = async (
  tx: Tx,
  ctx: Pick<Context, 'actor' | 'requestId' | 'now'>,
  entry: AuditEntry,
  postgres: boolean,
): Promise<void> => {
  // On PostgreSQL concurrent writers would read the same tail: serialise the chain with a transaction lock.
  if (postgres) await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(7406)');
  // Raw statements: the chain's tail and its new link are on every mutation's path, and Prisma's model queries
  // cost about three times as much CPU per statement (docs/benchmarks.md).
  const [last] = await tx.$queryRaw<{ hash: string }[]>`SELECT "hash" FROM "AuditLog" ORDER BY "seq" DESC LIMIT 1`;
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
  const hash = auditHash(prevHash, fields);
  await tx.$executeRaw`INSERT INTO "AuditLog" ("at", "actorId", "actorRole", "action", "entity", "entityId", "requestId", "data", "prevHash", "hash")
    VALUES (${fields.at}, ${fields.actorId}, ${fields.actorRole}, ${fields.action}, ${fields.entity}, ${fields.entityId}, ${fields.requestId}, ${fields.data}, ${prevHash}, ${hash})`;
};

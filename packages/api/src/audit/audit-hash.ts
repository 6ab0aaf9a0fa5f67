// The hash that chains audit entries: SHA-256 over the previous hash and a canonical form of the entry.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  requestId: string | null;
  data: string;
}

const canonical = (f: AuditFields): string =>
  JSON.stringify([f.at.toISOString(), f.actorId, f.actorRole, f.action, f.entity, f.entityId, f.requestId, f.data]);

export const auditHash = (prevHash: string, fields: AuditFields): string =>
  encodeHexLowerCase(sha256(new TextEncoder().encode(`${prevHash}\n${canonical(fields)}`)));

// Notes the audit chain's head as a signed checkpoint on a schedule, so tampering between two checks still shows.
import { auditKeyOf, writeCheckpoint } from '@thidua/api';
import type { Database } from '@thidua/db';
import type { FastifyBaseLogger } from 'fastify';

export const startAuditCheckpoints = (
  database: Database,
  auditKey: string | undefined,
  everyMs: number,
  log: FastifyBaseLogger,
): { stop(): void } => {
  const key = auditKeyOf(auditKey);
  const timer = setInterval(() => {
    writeCheckpoint(database.db, key, new Date()).then(
      (noted) => noted && log.info({ seq: noted.seq }, 'audit checkpoint written'),
      (err: unknown) => log.error({ err }, 'audit checkpoint failed'),
    );
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
};

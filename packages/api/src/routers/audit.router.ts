// The audit log: verifying the hash chain is the administrator's check that nobody rewrote history.
import type { TRPCRouterRecord } from '@trpc/server';
import { verifyAuditChain } from '../audit/verify-chain.js';
import { procedure, rolesMeta } from '../trpc.js';

export const auditRouter = {
  verify: procedure.meta(rolesMeta('ADMIN')).query(({ ctx }) => verifyAuditChain(ctx.db)),
} satisfies TRPCRouterRecord;

// Every change goes through here: one short transaction holding the change and its audit entry.
import type { Context } from './context.js';
import { writeAudit, type AuditEntry, type Tx } from './audit/write-audit.js';
import { conflict } from './errors.js';
import { noteLocalChange } from './movement/data-version.js';

export type { Tx };

export const mutate = async <T>(ctx: Context, change: (tx: Tx) => Promise<{ result: T; audit: AuditEntry }>): Promise<T> => {
  const postgres = ctx.provider === 'postgresql';
  const result = await ctx.db.$transaction(async (tx) => {
    const { result, audit } = await change(tx);
    await writeAudit(tx, ctx, audit, postgres);
    return result;
  });
  noteLocalChange();
  return result;
};

/** Optimistic locking: the update counts only when the row still has the version the editor saw. */
export const expectOneUpdated = (count: number): void => {
  if (count !== 1) throw conflict();
};

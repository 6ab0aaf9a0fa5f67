// Every change goes through here: one short transaction holding the change and its audit entry.
import type { Context } from './context.js';
import { writeAudit, type AuditEntry, type Tx } from './audit/write-audit.js';
import { conflict } from './errors.js';
import { noteLocalChange } from './movement/data-version.js';

export type { Tx };

const MAX_ATTEMPTS = 10;
const TX_WAIT_MS = 30_000;

/** SQLite answers "busy" (Prisma: "Operation has timed out") when another connection holds the write lock past the
 * busy timeout, or at once when a read transaction cannot be upgraded (SQLITE_BUSY_SNAPSHOT); PostgreSQL reports
 * serialisation failures likewise. */
const isRetryable = (e: unknown): boolean => /SQLITE_BUSY|database is locked|Operation has timed out|P1008|P2034|P2028|could not serialize|deadlock detected/i.test(String((e as Error)?.message ?? e) + String((e as { code?: string })?.code ?? ''));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const mutate = async <T>(ctx: Context, change: (tx: Tx) => Promise<{ result: T; audit: AuditEntry }>): Promise<T> => {
  const postgres = ctx.provider === 'postgresql';
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await ctx.db.$transaction(
        async (tx) => {
          const { result, audit } = await change(tx);
          await writeAudit(tx, ctx, audit, postgres);
          return result;
        },
        // On deadline night writes queue behind one another: waiting is better than failing.
        { maxWait: TX_WAIT_MS, timeout: TX_WAIT_MS },
      );
      noteLocalChange();
      return result;
    } catch (e) {
      // The transaction rolled back as a whole: running it again is safe. Back off with jitter.
      if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) throw e;
      await pause(20 * 2 ** attempt * (0.5 + Math.random()));
    }
  }
};

/** Optimistic locking: the update counts only when the row still has the version the editor saw. */
export const expectOneUpdated = (count: number): void => {
  if (count !== 1) throw conflict();
};

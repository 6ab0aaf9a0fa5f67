// Every change goes through here: one short transaction holding the change and its audit entry.
import type { Context } from './context.js';
import { writeAudit, type AuditEntry, type Tx } from './audit/write-audit.js';
import { conflict } from './errors.js';
import { noteLocalChange } from './movement/data-version.js';

export type { Tx };

const MAX_ATTEMPTS = 3;
const TX_WAIT_MS = 30_000;

/** Worth another try: SQLite's write lock held by another process for longer than the adapter waits (Prisma:
 * "Operation has timed out"), or PostgreSQL's serialisation failures and deadlocks; the transaction did nothing.
 * A transaction that ran out of time (P2028) is not tried again: it would only take as long again. */
const isRetryable = (e: unknown): boolean =>
  /SQLITE_BUSY|database is locked|Operation has timed out|P1008|P2034|could not serialize|deadlock detected/i.test(
    String((e as Error)?.message ?? e) + String((e as { code?: string })?.code ?? ''),
  );

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const mutate = async <T>(
  ctx: Context,
  change: (tx: Tx) => Promise<{ result: T; audit: AuditEntry }>,
): Promise<T> => {
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

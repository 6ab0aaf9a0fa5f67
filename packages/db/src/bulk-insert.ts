// Many report values in few statements: Prisma's createMany through the driver adapter writes about 5,000 rows a
// second on SQLite, too slow for a district import of 100,000 values; one multi-row INSERT per 500 rows is not.
import { randomUUID } from 'node:crypto';

export interface ValueRow {
  reportId: string;
  key: string;
  numberValue: number | null;
  boolValue: boolean | null;
  evidenceUrl: string | null;
  note?: string | null;
}

/** better-sqlite3 runs each statement synchronously: a long write that reports progress gives the event loop a turn
 * after each report, or the progress would only leave the server when the whole transaction is done. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const COLUMNS = ['id', 'reportId', 'key', 'numberValue', 'boolValue', 'evidenceUrl', 'note'] as const;
const ROWS_PER_STATEMENT = 500;

/** `onProgress` hears how many rows are written after each statement (for a progress bar). */
export const insertReportValues = async (tx: { $executeRawUnsafe(sql: string, ...values: unknown[]): Promise<number> }, provider: 'sqlite' | 'postgresql', rows: readonly ValueRow[], onProgress?: (done: number, total: number) => void): Promise<void> => {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const part = rows.slice(start, start + ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    const tuples = part.map((r, i) => {
      // SQLite keeps booleans as 0/1 (as Prisma does); the driver cannot bind true/false.
      params.push(randomUUID(), r.reportId, r.key, r.numberValue, provider === 'sqlite' && r.boolValue !== null ? Number(r.boolValue) : r.boolValue, r.evidenceUrl, r.note ?? null);
      return `(${COLUMNS.map((_, c) => (provider === 'postgresql' ? `$${i * COLUMNS.length + c + 1}` : '?')).join(', ')})`;
    });
    await tx.$executeRawUnsafe(`INSERT INTO "ReportValue" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`, ...params);
    if (onProgress) {
      onProgress(start + part.length, rows.length);
      await nextTurn();
    }
  }
};

// Many rows in few statements: Prisma's createMany through a driver adapter writes about 5,000 rows a second on
// SQLite, too slow for a district import of 100,000 values and 25,000 new reports; one multi-row INSERT per 500 rows
// is not (docs/benchmarks.md).
import { randomUUID } from 'node:crypto';

export interface ValueRow {
  reportId: string;
  key: string;
  numberValue: number | null;
  boolValue: boolean | null;
  evidenceUrl: string | null;
  note?: string | null;
}

export interface NewReportRow {
  movementId: string;
  unitId: string;
  year: number;
}

type RawExecutor = { $executeRawUnsafe(sql: string, ...values: unknown[]): Promise<number> };
type Provider = 'sqlite' | 'postgresql';

/** Statements run synchronously on SQLite: a long write that reports progress gives the event loop a turn after each
 * report, or the progress would only leave the server when the whole transaction is done. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const ROWS_PER_STATEMENT = 500;

/** Inserts `rows` (already in column order) into `table`, 500 per statement; `onProgress` hears rows written so far. */
const insertRows = async (tx: RawExecutor, provider: Provider, table: string, columns: readonly string[], rows: readonly unknown[][], onProgress?: (done: number, total: number) => void): Promise<void> => {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const part = rows.slice(start, start + ROWS_PER_STATEMENT);
    const params = part.flat();
    const tuples = part.map((_, i) => `(${columns.map((_c, c) => (provider === 'postgresql' ? `$${i * columns.length + c + 1}` : '?')).join(', ')})`);
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`, ...params);
    if (onProgress) {
      onProgress(start + part.length, rows.length);
      await nextTurn();
    }
  }
};

// SQLite keeps booleans as 0/1 (as Prisma does); the driver cannot bind true/false.
const bool = (provider: Provider, b: boolean | null) => (provider === 'sqlite' && b !== null ? Number(b) : b);

export const insertReportValues = (tx: RawExecutor, provider: Provider, rows: readonly ValueRow[], onProgress?: (done: number, total: number) => void): Promise<void> =>
  insertRows(tx, provider, 'ReportValue', ['id', 'reportId', 'key', 'numberValue', 'boolValue', 'evidenceUrl', 'note'], rows.map((r) => [randomUUID(), r.reportId, r.key, r.numberValue, bool(provider, r.boolValue), r.evidenceUrl, r.note ?? null]), onProgress);

/** New draft reports, stamped `now` (Prisma's @default(now()) and @updatedAt do not apply to raw statements). */
export const insertDraftReports = (tx: RawExecutor, provider: Provider, rows: readonly NewReportRow[], now: Date, onProgress?: (done: number, total: number) => void): Promise<void> => {
  // Stored as Prisma stores a DateTime: ISO text on SQLite, a timestamp on PostgreSQL.
  const at = provider === 'sqlite' ? now.toISOString().replace('Z', '+00:00') : now;
  return insertRows(tx, provider, 'Report', ['id', 'movementId', 'unitId', 'year', 'status', 'version', 'createdAt', 'updatedAt'], rows.map((r) => [randomUUID(), r.movementId, r.unitId, r.year, 'draft', 1, at, at]), onProgress);
};

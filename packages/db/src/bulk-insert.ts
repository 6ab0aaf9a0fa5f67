// Many rows at once inside a transaction: Prisma's createMany through a driver adapter writes about 5,000 rows a second
// on SQLite, too slow for a district import of 100,000 values and 25,000 new reports (docs/benchmarks.md).
import { randomUUID } from 'node:crypto';
import { sqliteUrlOf, type Db } from './open-database.js';
import { writerInTransaction } from './sqlite/sqlite-adapter.js';

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
/** The database the transaction `tx` belongs to, as opened by `openDatabase`. */
export interface BulkTarget {
  db: Db;
  provider: Provider;
}

/** Statements run synchronously on SQLite: a long write that reports progress gives the event loop a turn after each
 * report, or the progress would only leave the server when the whole transaction is done. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const ROWS_PER_STATEMENT = 500;
const ROWS_PER_TURN = 5000;

/** Inserts `rows` (already in column order) into `table` inside the transaction `tx`; `onProgress` hears rows written
 * so far. On SQLite one prepared statement runs per row on the transaction's own connection; on PostgreSQL 500 rows
 * go per statement. */
const insertRows = async (
  tx: RawExecutor,
  { db, provider }: BulkTarget,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  onProgress?: (done: number, total: number) => void,
): Promise<void> => {
  const url = provider === 'sqlite' ? sqliteUrlOf(db) : undefined;
  const writer = url ? writerInTransaction(url) : undefined;
  if (provider === 'sqlite' && !writer) throw new Error('bulk inserts run inside a transaction');
  if (writer) {
    const insert = writer.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (let start = 0; start < rows.length; start += ROWS_PER_TURN) {
      const part = rows.slice(start, start + ROWS_PER_TURN);
      for (const row of part) insert.run(row);
      if (onProgress) {
        onProgress(start + part.length, rows.length);
        await nextTurn();
      }
    }
    return;
  }
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const part = rows.slice(start, start + ROWS_PER_STATEMENT);
    const params = part.flat();
    const tuples = part.map((_, i) => `(${columns.map((_c, c) => `$${i * columns.length + c + 1}`).join(', ')})`);
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
      ...params,
    );
    if (onProgress) {
      onProgress(start + part.length, rows.length);
      await nextTurn();
    }
  }
};

// SQLite keeps booleans as 0/1 (as Prisma does); the driver cannot bind true/false.
const bool = (provider: Provider, b: boolean | null) => (provider === 'sqlite' && b !== null ? Number(b) : b);

export const insertReportValues = (
  tx: RawExecutor,
  target: BulkTarget,
  rows: readonly ValueRow[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> =>
  insertRows(
    tx,
    target,
    'ReportValue',
    ['id', 'reportId', 'key', 'numberValue', 'boolValue', 'evidenceUrl', 'note'],
    rows.map((r) => [
      randomUUID(),
      r.reportId,
      r.key,
      r.numberValue,
      bool(target.provider, r.boolValue),
      r.evidenceUrl,
      r.note ?? null,
    ]),
    onProgress,
  );

/** New draft reports, stamped `now` (Prisma's @default(now()) and @updatedAt do not apply to raw statements). */
export const insertDraftReports = (
  tx: RawExecutor,
  target: BulkTarget,
  rows: readonly NewReportRow[],
  now: Date,
  onProgress?: (done: number, total: number) => void,
): Promise<void> => {
  // Stored as Prisma stores a DateTime: ISO text on SQLite, a timestamp on PostgreSQL.
  const at = target.provider === 'sqlite' ? now.toISOString().replace('Z', '+00:00') : now;
  return insertRows(
    tx,
    target,
    'Report',
    ['id', 'movementId', 'unitId', 'year', 'status', 'version', 'createdAt', 'updatedAt'],
    rows.map((r) => [randomUUID(), r.movementId, r.unitId, r.year, 'draft', 1, at, at]),
    onProgress,
  );
};

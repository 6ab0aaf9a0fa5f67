// nx run api-server:bench-import — Culture imports a district sheet of 100,000 values (one year, every enterprise
// of a district scaled to ~25,000) into SQLite over HTTP: reading the Excel file, checking every row by the domain's
// rules and writing all of it in one transaction. Baseline in the same run: the same file read with the same library
// and the same rows (a draft report per unit, then the values) inserted with the driver's prepared statements in one
// transaction, nothing else. Figures go to docs/benchmarks.md. A benchmark, not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '@thidua/api-server';
import { readEnv } from '@thidua/api-server/env';
import { createVerifiedSession } from '@thidua/api/testing';
import { randomUUID } from 'node:crypto';
import { migrate, openDatabase, sqlitePath } from '@thidua/db';
import Database from 'libsql';
import { ninhSonDx2021_2025 as movement } from '@thidua/domain';
import ExcelJS from 'exceljs';
import { prepareBenchData } from './api-bench-data.ts';
import { writeBenchmarkSection } from './benchmarks-doc.ts';

const TARGET_VALUES = Number(process.env['BENCH_VALUES'] ?? 100_000);
const BUDGET_MS = 5_000;
const YEAR = 2024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const enterpriseCriteria = movement.criteria.filter((c) => c.appliesTo.includes('enterprise') && !c.valueFromAttribute);
const participants = Math.ceil(TARGET_VALUES / enterpriseCriteria.length) + 50;
const dir = mkdtempSync(join(tmpdir(), 'thidua-import-bench-'));
const database = await openDatabase(await migrate(`file:${join(dir, 'bench.db')}`));
console.log(`preparing ${participants} participants…`);
await prepareBenchData(database.db, participants, 0);
const units = await database.db.orgUnit.findMany({
  where: { participantKind: 'enterprise' },
  select: { id: true, name: true },
  orderBy: { id: 'asc' },
});

// The file Culture uploads: one row per enterprise and criterion, every value filled and in range.
const valueOf = (m: (typeof enterpriseCriteria)[number]['measure'], i: number) =>
  m.kind === 'boolean'
    ? i % 3 === 0
      ? 'Không'
      : 'Có'
    : m.kind === 'percent'
      ? (i % 97) + 0.5
      : m.kind === 'score'
        ? Math.min(m.max, i % 50)
        : m.kind === 'rank'
          ? 1 + (i % 5)
          : i % 20;
const book = new ExcelJS.Workbook();
const sheet = book.addWorksheet('so_lieu');
sheet.addRow(['unit_id', 'unit_name', 'criterion_id', 'criterion_label', 'value', 'evidence_url']);
let rows = 0;
outer: for (const [i, u] of units.entries()) {
  for (const c of enterpriseCriteria) {
    if (rows >= TARGET_VALUES) break outer;
    sheet.addRow([u.id, u.name, c.id, c.label.vi, valueOf(c.measure, i), null]);
    rows++;
  }
}
// The year the sheet is for, as the downloaded sheet carries it.
book.addWorksheet('_thidua', { state: 'veryHidden' }).addRow(['year', YEAR]);
const file = Buffer.from(await book.xlsx.writeBuffer());
console.log(`${rows} values, ${(file.length / 1024 / 1024).toFixed(1)} MB`);

const app = await buildServer(
  database,
  readEnv({ LOG_LEVEL: 'warn', APP_ORIGINS: 'http://bench.local', EVIDENCE_DIR: join(dir, 'evidence') }),
);
const cookie = await createVerifiedSession(database.db, 'USR-vhtt');
// Over a real socket, as the browser does it: the answer streams progress lines, each timed as it arrives.
const base = await app.listen({ host: '127.0.0.1', port: 0 });
let t = performance.now();
const res = await fetch(`${base}/api/excel/district/${YEAR}`, {
  method: 'POST',
  headers: { cookie, origin: 'http://bench.local', 'content-type': XLSX, accept: 'application/x-ndjson' },
  body: file,
});
const lines: Array<{
  at: number;
  line: { type: string; phase?: string; done?: number; total?: number; status?: number };
}> = [];
const decoder = new TextDecoder();
let pending = '';
for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
  pending += decoder.decode(chunk, { stream: true });
  let end: number;
  while ((end = pending.indexOf('\n')) >= 0) {
    lines.push({ at: performance.now() - t, line: JSON.parse(pending.slice(0, end)) });
    pending = pending.slice(end + 1);
  }
}
const importMs = performance.now() - t;
const result = lines.at(-1)?.line;
if (result?.type !== 'result' || result.status !== 200)
  throw new Error(`import refused: ${JSON.stringify(result).slice(0, 500)}`);
const firstOf = (phase: string) => lines.find((l) => l.line.phase === phase)?.at ?? Number.NaN;
const saving = lines.filter((l) => l.line.phase === 'saving');
const preparing = lines.filter((l) => l.line.phase === 'preparing');
const gaps = lines.slice(1).map((l, i) => l.at - lines[i]!.at);
const longestGap = Math.max(...gaps);
const writerHeldMs = (lines.at(-1)?.at ?? Number.NaN) - firstOf('preparing');
const saved = await database.db.reportValue.count({ where: { report: { year: YEAR } } });

// Baseline: the same file read with the same library, the same rows inserted bare into another year's new reports.
t = performance.now();
const baseBook = new ExcelJS.Workbook();
await baseBook.xlsx.load(file as unknown as ArrayBuffer);
const pairs: Array<{ unitId: string; key: string; value: unknown }> = [];
baseBook.getWorksheet('so_lieu')!.eachRow(
  (row, n) =>
    n > 1 &&
    pairs.push({
      unitId: String(row.getCell(1).value),
      key: String(row.getCell(3).value),
      value: row.getCell(5).value,
    }),
);
const bare = new Database(sqlitePath(database.url));
bare.exec('PRAGMA busy_timeout = 5000');
const insertReport = bare.prepare(
  `INSERT INTO "Report" ("id", "movementId", "unitId", "year", "status", "version", "createdAt", "updatedAt") VALUES (?, ?, ?, 2023, 'draft', 1, ?, ?)`,
);
const insertValue = bare.prepare(
  `INSERT INTO "ReportValue" ("id", "reportId", "key", "numberValue", "boolValue") VALUES (?, ?, ?, ?, ?)`,
);
const at = new Date().toISOString();
bare.exec('BEGIN IMMEDIATE');
const reportIds = new Map<string, string>();
for (const p of pairs) {
  let reportId = reportIds.get(p.unitId);
  if (!reportId) {
    reportIds.set(p.unitId, (reportId = randomUUID()));
    insertReport.run([reportId, movement.id, p.unitId, at, at]);
  }
  const yes = p.value === 'Có' ? 1 : p.value === 'Không' ? 0 : null;
  insertValue.run([randomUUID(), reportId, p.key, yes === null ? Number(p.value) : null, yes]);
}
bare.exec('COMMIT');
bare.close();
const baselineMs = performance.now() - t;

const body = [
  `Measured by \`nx run api-server:bench-import\` (${new Date().toISOString().slice(0, 10)}, SQLite file, ${units.length.toLocaleString('en')} enterprises, one district sheet of ${rows.toLocaleString('en')} values, ${(file.length / 1024 / 1024).toFixed(1)} MB).`,
  '',
  '| What | Time | Budget |',
  '|---|---|---|',
  `| Import over HTTP: read the Excel file, check every row, write all in one transaction (${saved.toLocaleString('en')} values saved) | ${(importMs / 1000).toFixed(1)} s | ${BUDGET_MS / 1000} s: ${importMs <= BUDGET_MS ? 'within budget' : '**over budget**'} |`,
  `| Baseline: the same file read with exceljs, the same reports and values inserted with libSQL prepared statements in one transaction | ${(baselineMs / 1000).toFixed(1)} s | |`,
  `| Ratio import / baseline | ${(importMs / baselineMs).toFixed(1)} | 2: ${importMs / baselineMs <= 2 ? 'met' : '**not met**'} |`,
  `| The writer held by the import (from its first creating-reports line to the answer: an upper bound) | ${(writerHeldMs / 1000).toFixed(1)} s | a few seconds |`,
  '',
  `Progress streamed to the browser during that import (${lines.length} lines): reading the file from ${(firstOf('reading') / 1000).toFixed(1)} s, rows checked at ${(firstOf('checking') / 1000).toFixed(1)} s, ${preparing.length} "creating reports" updates from ${(firstOf('preparing') / 1000).toFixed(1)} s, then ${saving.length} "saving" updates with counts from ${(firstOf('saving') / 1000).toFixed(1)} s to ${((saving.at(-1)?.at ?? Number.NaN) / 1000).toFixed(1)} s; the longest wait between two lines was ${(longestGap / 1000).toFixed(1)} s.`,
].join('\n');
writeBenchmarkSection('Excel import (district sheet)', body);
console.log(body);
console.log(
  `BENCH import sqlite values=${rows} import_ms=${Math.round(importMs)} bare_ms=${Math.round(baselineMs)} writer_held_ms=${Math.round(writerHeldMs)}`,
);
await app.close();
await database.close();
rmSync(dir, { recursive: true, force: true });

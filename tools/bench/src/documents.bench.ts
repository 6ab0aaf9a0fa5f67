// nx run documents:bench — the district's final review report (R-FINAL) as PDF from the seeded Ninh Sơn database:
// assembling what it says from the data, then rendering, against a baseline in the same run: one certificate of
// merit (one page, the same fonts). Figures go to docs/benchmarks.md. A benchmark, not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRouter, createCallerFactory, type Context } from '@thidua/api';
import { migrate, openDatabase } from '@thidua/db';
import { scryptHash, seed } from '@thidua/db/seed';
import { renderCertificate, renderReviewReport } from '@thidua/documents';
import { writeBenchmarkSection } from './benchmarks-doc.ts';

const RUNS = 7;
const BUDGET_MS = 5000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const dir = mkdtempSync(join(tmpdir(), 'thidua-docs-bench-'));
const database = await openDatabase(await migrate(`file:${join(dir, 'bench.db')}`));
await seed(database.db, { hashPassword: scryptHash, now: new Date('2026-01-10T03:00:00Z') });
const context = (role: 'ROLE-CULTURE' | 'ROLE-HOME-AFFAIRS', username: string): Context => ({
  db: database.db,
  provider: database.provider,
  actor: { userId: `USR-${username}`, username, displayName: username, role, unitId: null, sectorId: null, sessionId: 'bench', mfaVerified: true },
  requestId: 'bench',
  now: () => new Date(),
  ip: '127.0.0.1',
  userAgent: 'bench',
  cookie: { set: () => undefined, clear: () => undefined },
});
const caller = createCallerFactory(appRouter);
const culture = caller(context('ROLE-CULTURE', 'vhtt'));
const homeAffairs = caller(context('ROLE-HOME-AFFAIRS', 'noivu'));
const verification = (code: string) => ({ code, url: `https://thidua.ninhson.example/api/public/documents/${code}` });
const nominationId = (await database.db.awardDecisionItem.findFirstOrThrow({ where: { awardClass: 'individual' }, select: { nominationId: true } })).nominationId;

const report: number[] = [];
const certificate: number[] = [];
let pages = 0;
let bytes = 0;
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  const { code, model } = await culture.documents.reviewReport({ reviewId: 'R-FINAL' });
  const pdf = await renderReviewReport(model, verification(code));
  report.push(performance.now() - t);
  bytes = pdf.length;
  pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  t = performance.now();
  const cert = await homeAffairs.documents.certificate({ nominationId });
  await renderCertificate(cert.model, verification(cert.code));
  certificate.push(performance.now() - t);
}
const r = median(report);
const c = median(certificate);
const body = [
  `Measured by \`nx run documents:bench\` (${new Date().toISOString().slice(0, 10)}, the seeded Ninh Sơn database on SQLite, median of ${RUNS} runs, data assembly and PDF rendering together).`,
  '',
  '| Document | Median | Runs (ms) | Budget |',
  '|---|---|---|---|',
  `| District final review report R-FINAL (${pages} pages, ${(bytes / 1024).toFixed(0)} KB) | ${Math.round(r)} ms | ${report.map(Math.round).join(', ')} | ${BUDGET_MS} ms: ${r <= BUDGET_MS ? 'within budget' : '**over budget**'} |`,
  `| Baseline: one certificate of merit (1 page) | ${Math.round(c)} ms | ${certificate.map(Math.round).join(', ')} | |`,
  `| Ratio report / certificate | ${(r / c).toFixed(1)} | | |`,
].join('\n');
writeBenchmarkSection('Documents (PDF)', body);
console.log(body);
await database.close();
rmSync(dir, { recursive: true, force: true });

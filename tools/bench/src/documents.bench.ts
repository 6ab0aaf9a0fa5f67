// nx run documents:bench — the district's final review report (R-FINAL) and the other documents as PDF from the
// seeded Ninh Sơn database: assembling what they say from the data, then rendering, against a baseline in the same run: one certificate of
// merit (one page, the same fonts). Figures go to docs/benchmarks.md. A benchmark, not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRouter, createCallerFactory, type Context } from '@thidua/api';
import { migrate, openDatabase } from '@thidua/db';
import { scryptHash, seed } from '@thidua/db/seed';
import { renderAwardDecision, renderCertificate, renderReviewReport, renderUnitYearReport } from '@thidua/documents';
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
  actor: {
    userId: `USR-${username}`,
    username,
    displayName: username,
    role,
    unitId: null,
    sectorId: null,
    grantId: null,
    sessionId: 'bench',
    mfaVerified: true,
    mustChangePassword: false,
    language: 'vi',
  },
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
const nominationId = (
  await database.db.awardDecisionItem.findFirstOrThrow({
    where: { awardClass: 'individual' },
    select: { nominationId: true },
  })
).nominationId;

const decisionId = (
  await database.db.awardDecision.findFirstOrThrow({ orderBy: { number: 'asc' }, select: { id: true } })
).id;
const unit = await database.db.orgUnit.findFirstOrThrow({
  where: { participantKind: 'commune', reports: { some: { year: 2025, status: 'approved' } } },
  orderBy: { id: 'asc' },
  select: { id: true },
});

interface Made {
  pdf: Buffer;
}
const documents: Array<{ name: string; make: () => Promise<Made> }> = [
  {
    name: 'District final review report R-FINAL',
    make: async () => {
      const d = await culture.documents.reviewReport({ reviewId: 'R-FINAL' });
      return { pdf: await renderReviewReport(d.model, verification(d.code)) };
    },
  },
  {
    name: 'District yearly report 2025',
    make: async () => {
      const d = await culture.documents.districtYearReport({ year: 2025 });
      return { pdf: await renderReviewReport(d.model, verification(d.code)) };
    },
  },
  {
    name: `Unit yearly report 2025 (${unit.id})`,
    make: async () => {
      const d = await culture.documents.unitYearReport({ unitId: unit.id, year: 2025 });
      return { pdf: await renderUnitYearReport(d.model, verification(d.code)) };
    },
  },
  {
    name: 'Award decision of the interim review',
    make: async () => {
      const d = await homeAffairs.documents.awardDecision({ decisionId });
      return { pdf: await renderAwardDecision(d.model, verification(d.code)) };
    },
  },
  {
    name: 'Baseline: one certificate of merit',
    make: async () => {
      const d = await homeAffairs.documents.certificate({ nominationId });
      return { pdf: await renderCertificate(d.model, verification(d.code)) };
    },
  },
];
const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
const results = documents.map((d) => ({ ...d, runs: [] as number[], pages: 0, bytes: 0 }));
for (let i = 0; i < RUNS; i++) {
  for (const d of results) {
    const t = performance.now();
    const { pdf } = await d.make();
    d.runs.push(performance.now() - t);
    d.pages = pagesOf(pdf);
    d.bytes = pdf.length;
  }
}
const r = median(results[0]!.runs);
const c = median(results.at(-1)!.runs);
const body = [
  `Measured by \`nx run documents:bench\` (${new Date().toISOString().slice(0, 10)}, the seeded Ninh Sơn database on SQLite, median of ${RUNS} runs, data assembly and PDF rendering together).`,
  '',
  '| Document | Pages | Size | Median | Runs (ms) | Budget |',
  '|---|---|---|---|---|---|',
  ...results.map(
    (d, i) =>
      `| ${d.name} | ${d.pages} | ${(d.bytes / 1024).toFixed(0)} KB | ${Math.round(median(d.runs))} ms | ${d.runs.map(Math.round).join(', ')} | ${i === 0 ? `${BUDGET_MS} ms: ${r <= BUDGET_MS ? 'within budget' : '**over budget**'}` : ''} |`,
  ),
  `| Ratio final review report / certificate | | | ${(r / c).toFixed(1)} | | |`,
].join('\n');
writeBenchmarkSection('Documents (PDF)', body);
console.log(body);
await database.close();
rmSync(dir, { recursive: true, force: true });

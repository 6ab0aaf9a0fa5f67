// nx run api-server:bench — 100 connections against the real API on SQLite scaled to 10,000 participants:
// the leaderboard read and report submission, side by side with a bare node:http server returning the same JSON
// in the same run. Figures go to docs/benchmarks.md. A benchmark, not a test: nothing fails on time.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '@thidua/api-server';
import { readEnv } from '@thidua/api-server/env';
import { migrate, openDatabase } from '@thidua/db';
import autocannon from 'autocannon';
import { prepareBenchData } from './api-bench-data.ts';
import { writeBenchmarkSection } from './benchmarks-doc.ts';

const PARTICIPANTS = Number(process.env['BENCH_PARTICIPANTS'] ?? 10_000);
const CONNECTIONS = 100;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);

const dir = mkdtempSync(join(tmpdir(), 'thidua-api-bench-'));
const database = await openDatabase(await migrate(`file:${join(dir, 'bench.db')}`));
console.log(`preparing ${PARTICIPANTS} participants…`);
const writers = await prepareBenchData(database.db, PARTICIPANTS, 1000);
const app = await buildServer(database, readEnv({ LOG_LEVEL: 'silent' }));
await app.listen({ host: '127.0.0.1', port: 0 });
const apiUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const leaderboardPath = '/api/public/leaderboard?year=2025&kind=enterprise';
const body = await (await fetch(apiUrl + leaderboardPath)).text();

const bare = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(body);
});
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}`;

const run = (opts: autocannon.Options) => autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });

const bareResult = await run({ url: bareUrl + leaderboardPath });
const readResult = await run({ url: apiUrl + leaderboardPath });

// Each request creates a new draft (2025 reports are already approved): unit/year pairs never repeat.
let next = 0;
const pairs = writers.flatMap((w) => [2022, 2023, 2024].map((year) => ({ ...w, year })));
const values = [{ key: 'C-COL-LAUNCH', bool: true }, { key: 'C-COL-INITIATIVE', number: 2 }, { key: 'C-ENT-DIGITAL', bool: true }];
// Writes queue behind SQLite's single writer: give the client time to wait rather than count a slow answer as lost.
const writeResult = await run({
  url: apiUrl,
  timeout: 60,
  amount: pairs.length,
  requests: [
    {
      method: 'POST',
      path: '/trpc/reports.saveDraft',
      setupRequest: (req) => {
        const p = pairs[next++ % pairs.length]!;
        return { ...req, headers: { 'content-type': 'application/json', cookie: p.cookie }, body: JSON.stringify({ unitId: p.unitId, year: p.year, values }) };
      },
    },
  ],
});
const statusCounts = { ...(writeResult as unknown as { statusCodeStats: Record<string, { count: number }> }).statusCodeStats };
const stored = await database.db.report.count({ where: { year: { in: [2022, 2023, 2024] }, unitId: { startsWith: 'B-' } } });
await app.close();
await new Promise((resolve) => bare.close(resolve));
await database.close();
rmSync(dir, { recursive: true, force: true });

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const errors = (r: autocannon.Result) => r.errors + r.timeouts + r.non2xx;
const row = (name: string, r: autocannon.Result) => `| ${name} | ${fmt(r.requests.average)} | ${fmt(r.latency.p50)} | ${fmt(r.latency.p99)} | ${fmt(r.requests.total)} | ${errors(r)} |`;
const ratio = readResult.requests.average / bareResult.requests.average;
const text = [
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}, SQLite (WAL), ${fmt(PARTICIPANTS)} participants (${fmt(PARTICIPANTS)} approved 2025 reports ranked per request kind), ${CONNECTIONS} connections, ${SECONDS} s per run. Run: ${new Date().toISOString()}.`,
  '',
  '| run | requests/s (mean) | p50 ms | p99 ms | requests | errors + non-2xx |',
  '|---|---:|---:|---:|---:|---:|',
  row('bare node:http, same JSON (baseline)', bareResult),
  row('thidua leaderboard read (/api/public/leaderboard, enterprises)', readResult),
  row('thidua report submission (tRPC reports.saveDraft, new drafts)', writeResult),
  '',
  `- Read throughput: **${fmt(ratio * 100, 1)} %** of the bare server (goal ≥ 50 %): ${ratio >= 0.5 ? 'met' : 'NOT met'}. Read p99: **${fmt(readResult.latency.p99)} ms** (goal < 50 ms): ${readResult.latency.p99 < 50 ? 'met' : 'NOT met'}.`,
  `- Errors: ${errors(readResult)} on reads, ${errors(writeResult)} on writes (goal: zero); write status codes ${JSON.stringify(Object.fromEntries(Object.entries(statusCounts).map(([k, v]) => [k, v.count])))}; ${fmt(stored)} drafts stored for ${fmt(writeResult.requests.total)} requests sent.`,
  `- The leaderboard is computed by the domain once per data version (the newest audit entry) and served from memory until the next change; the response is ${fmt(body.length / 1024)} KiB of JSON.`,
].join('\n');
console.log(text);
writeBenchmarkSection('api: leaderboard read and report submission (`nx run api-server:bench`)', text);
process.exit(0);

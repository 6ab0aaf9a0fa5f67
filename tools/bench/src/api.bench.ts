// nx run api-server:bench — 100 connections against the real API, on SQLite and on PostgreSQL, scaled to 10,000
// participants: the leaderboard read beside a bare node:http server returning the same JSON, and report saves
// (reports.saveDraft) beside bare node:http + the driver writing the same rows in one transaction, all in the same run.
// Prints one BENCH line per run and writes the table into docs/benchmarks.md. A benchmark, not a test.
import { writeSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { buildServer } from '@thidua/api-server';
import { readEnv } from '@thidua/api-server/env';
import { startApiProcess } from '@thidua/api-server/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqlitePath, type Db, type Provider } from '@thidua/db';
import Database from 'libsql';
import { createTestDatabase, postgresAvailable } from '@thidua/db/testing';
import type autocannon from 'autocannon';
import { prepareBenchData, type WriterSession } from './api-bench-data.ts';
import { barePostgresWriter, bareSqliteWriter, type SaveRequest } from './bare-write-server.ts';
import { writeBenchmarkSection } from './benchmarks-doc.ts';
import { runLoad } from './load.ts';

const PARTICIPANTS = Number(process.env['BENCH_PARTICIPANTS'] ?? 10_000);
const CONNECTIONS = 100;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const POOL = 20;
/** Units whose editors save: three years each, so a run never saves the same draft twice. */
const WRITERS = 5000;

const read = (url: string) =>
  runLoad({ url, connections: CONNECTIONS, seconds: SECONDS, timeoutSeconds: 10, manyAddresses: true });
const errors = (r: autocannon.Result) => r.errors + r.timeouts + r.non2xx;
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const VALUES = [
  { key: 'C-COL-LAUNCH', bool: true },
  { key: 'C-COL-INITIATIVE', number: 2 },
  { key: 'C-ENT-DIGITAL', bool: true },
];

/** Each request saves a new draft for a unit and year (15,000 pairs: more than a run reaches), as on deadline night. */
const saves = (url: string, path: string, writers: WriterSession[], body: (w: WriterSession, year: number) => object) =>
  runLoad({
    url,
    connections: CONNECTIONS,
    seconds: SECONDS,
    timeoutSeconds: 10,
    posts: {
      path,
      bodies: writers.flatMap((w) =>
        [2022, 2023, 2024].map((year) => ({ cookie: w.cookie, body: JSON.stringify(body(w, year)) })),
      ),
    },
  });

/** Two API processes as deployed, each given a quarter of the writers from the back of the list, which the
 * single-instance run (from the front) does not reach, so every save is a new draft again. */
const savesOnTwoInstances = async (databaseUrl: string, writers: WriterSession[]) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'thidua-bench-two-'));
  // One after the other, as a rolling start does (each runs the idempotent migrations under Prisma's lock first).
  const instances = [await startApiProcess(databaseUrl, dataDir), await startApiProcess(databaseUrl, dataDir)];
  try {
    const unused = writers.slice(writers.length / 2);
    const halves = [unused.filter((_, i) => i % 2 === 0), unused.filter((_, i) => i % 2 === 1)];
    const results = await Promise.all(
      instances.map((api, i) =>
        runLoad({
          url: api.url,
          connections: CONNECTIONS / 2,
          seconds: SECONDS,
          timeoutSeconds: 10,
          posts: {
            path: '/trpc/reports.saveDraft',
            bodies: halves[i]!.flatMap((w) =>
              [2022, 2023, 2024].map((year) => ({
                cookie: w.cookie,
                body: JSON.stringify({ unitId: w.unitId, year, values: VALUES }),
              })),
            ),
          },
        }),
      ),
    );
    return {
      savesPerSecond: results.reduce((n, r) => n + r.requests.average, 0),
      p99: Math.max(...results.map((r) => r.latency.p99)),
      errors: results.reduce((n, r) => n + errors(r), 0),
    };
  } finally {
    await Promise.all(instances.map((api) => api.kill()));
    rmSync(dataDir, { recursive: true, force: true });
  }
};

/** Where a save's CPU goes: one lookup by primary key, sequentially, through a Prisma model query, a Prisma raw
 * query and the bare driver (SQLite). Microseconds per statement, median of 5 rounds of 1,000. */
const statementCost = async (database: { db: Db; url: string }, unitId: string) => {
  const bare = new Database(sqlitePath(database.url));
  const byId = bare.prepare('SELECT "id", "sectorId", "participantKind" FROM "OrgUnit" WHERE "id" = ?');
  const perStatement = async (work: () => unknown) => {
    const rounds: number[] = [];
    for (let r = 0; r < 6; r++) {
      const t = performance.now();
      for (let i = 0; i < 1000; i++) await work();
      rounds.push(((performance.now() - t) / 1000) * 1000);
    }
    return rounds.slice(1).sort((a, b) => a - b)[2]!;
  };
  const costs = {
    model: await perStatement(() =>
      database.db.orgUnit.findUnique({
        where: { id: unitId },
        select: { id: true, sectorId: true, participantKind: true },
      }),
    ),
    raw: await perStatement(
      () => database.db.$queryRaw`SELECT "id", "sectorId", "participantKind" FROM "OrgUnit" WHERE "id" = ${unitId}`,
    ),
    driver: await perStatement(() => byId.get([unitId])),
  };
  bare.close();
  return costs;
};

interface ProviderFigures {
  provider: Provider;
  bareRead: autocannon.Result;
  read: autocannon.Result;
  bareWrite: autocannon.Result;
  write: autocannon.Result;
  /** PostgreSQL only: two API processes on the one database, half the connections each. */
  twoInstances?: { savesPerSecond: number; p99: number; errors: number };
  statement?: { model: number; raw: number; driver: number };
}

const measure = async (provider: Provider): Promise<ProviderFigures> => {
  const database = await createTestDatabase(provider);
  try {
    console.log(`${provider}: preparing ${PARTICIPANTS} participants…`);
    const writers = await prepareBenchData(database.db, PARTICIPANTS, WRITERS);
    // Behind a proxy, as in production: the reads come from many addresses, each within the public limit.
    const app = await buildServer(database, readEnv({ LOG_LEVEL: 'silent', TRUST_PROXY: '127.0.0.1' }));
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

    const bareRead = await read(bareUrl + leaderboardPath);
    const reads = await read(apiUrl + leaderboardPath);
    const write = await saves(apiUrl, '/trpc/reports.saveDraft', writers, (w, year) => ({
      unitId: w.unitId,
      year,
      values: VALUES,
    }));
    await app.close();
    await new Promise((resolve) => bare.close(resolve));

    const statement = provider === 'sqlite' ? await statementCost(database, writers[0]!.unitId) : undefined;
    const twoInstances = provider === 'postgresql' ? await savesOnTwoInstances(database.url, writers) : undefined;
    const bareWriter =
      provider === 'sqlite'
        ? await bareSqliteWriter(sqlitePath(database.url))
        : await barePostgresWriter(database.url, POOL);
    const bareWrite = await saves(bareWriter.url, '/', writers, (w, year): SaveRequest => ({
      unitId: w.unitId,
      year,
      values: VALUES,
    }));
    await bareWriter.close();
    return { provider, bareRead, read: reads, bareWrite, write, twoInstances, statement };
  } catch (e) {
    // Written at once: dropping the database below ends the pool's connections, which may end the process.
    writeSync(2, `${provider}: ${(e as Error).stack}\n`);
    throw e;
  } finally {
    await database.destroy();
  }
};

// Dropping a benchmark's PostgreSQL database ends connections an idle pool still holds; that end is expected.
process.on('uncaughtException', (e) => {
  if ((e as { code?: string }).code === '57P01') return;
  writeSync(2, `${(e as Error).stack}\n`);
  process.exit(1);
});

const providers: Provider[] = ((await postgresAvailable()) ? ['sqlite', 'postgresql'] : ['sqlite']).filter((p) =>
  (process.env['BENCH_PROVIDERS'] ?? p).includes(p),
) as Provider[];
const figures: ProviderFigures[] = [];
for (const provider of providers) {
  const f = await measure(provider);
  figures.push(f);
  console.log(
    `BENCH read ${f.provider} rps=${Math.round(f.read.requests.average)} p99_ms=${f.read.latency.p99} bare_rps=${Math.round(f.bareRead.requests.average)} errors=${errors(f.read)}`,
  );
  if (f.statement)
    console.log(
      `BENCH statement ${f.provider} prisma_model_us=${Math.round(f.statement.model)} prisma_raw_us=${Math.round(f.statement.raw)} driver_us=${f.statement.driver.toFixed(1)}`,
    );
  if (f.twoInstances)
    console.log(
      `BENCH write ${f.provider}-2-instances saves_per_s=${Math.round(f.twoInstances.savesPerSecond)} p99_ms=${f.twoInstances.p99} errors=${f.twoInstances.errors}`,
    );
  console.log(
    `BENCH write ${f.provider} saves_per_s=${Math.round(f.write.requests.average)} p99_ms=${f.write.latency.p99} bare_saves_per_s=${Math.round(f.bareWrite.requests.average)} bare_p99_ms=${f.bareWrite.latency.p99} errors=${errors(f.write)}`,
  );
}

const row = (name: string, r: autocannon.Result) =>
  `| ${name} | ${fmt(r.requests.average)} | ${fmt(r.latency.p50)} | ${fmt(r.latency.p99)} | ${fmt(r.requests.total)} | ${errors(r)} |`;
const pct = (a: autocannon.Result, b: autocannon.Result) => (a.requests.average / b.requests.average) * 100;
const verdict = (ok: boolean) => (ok ? 'met' : '**NOT met**');
const text = [
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}; SQLite (WAL, libSQL) and PostgreSQL (pool of ${POOL}) on the same machine; ${fmt(PARTICIPANTS)} participants (approved 2025 reports ranked per request kind); ${CONNECTIONS} connections, ${SECONDS} s per run; client timeout 10 s; the load generator (autocannon) runs in a process of its own. Run: ${new Date().toISOString()}.`,
  '',
  '| database | run | requests/s (mean) | p50 ms | p99 ms | requests | errors + non-2xx |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...figures.flatMap((f) => [
    row(`${f.provider} | bare node:http, same JSON (read baseline)`, f.bareRead),
    row(`${f.provider} | thidua leaderboard read (/api/public/leaderboard)`, f.read),
    row(`${f.provider} | bare node:http + driver, same rows in one transaction (write baseline)`, f.bareWrite),
    row(`${f.provider} | thidua report save (tRPC reports.saveDraft, new drafts)`, f.write),
  ]),
  '',
  ...figures.flatMap((f) => [
    `- ${f.provider} reads: **${fmt(pct(f.read, f.bareRead), 1)} %** of the bare server (goal ≥ 60 %): ${verdict(pct(f.read, f.bareRead) >= 60)}; p99 **${fmt(f.read.latency.p99)} ms** (goal < 20 ms): ${verdict(f.read.latency.p99 < 20)}.`,
    ...(f.statement
      ? [
          `- What limits ${f.provider} writes: the CPU each statement costs in Prisma 6's JavaScript/WASM query engine, on one event loop. One lookup by primary key costs **${fmt(f.statement.model)} µs** as a Prisma model query, **${fmt(f.statement.raw)} µs** as a Prisma raw query and **${fmt(f.statement.driver, 1)} µs** through the driver alone; a save runs nine statements plus sign-in, tRPC and validation, about 5 ms of CPU.`,
        ]
      : []),
    ...(f.twoInstances
      ? [
          `- ${f.provider}, two API processes on the one database (50 connections each): **${fmt(f.twoInstances.savesPerSecond)} saves/s** together, p99 **${fmt(f.twoInstances.p99)} ms**, ${f.twoInstances.errors} errors (goal ≥ 1,000 saves/s, p99 < 250 ms): ${verdict(f.twoInstances.savesPerSecond >= 1000 && f.twoInstances.p99 < 250)}.`,
        ]
      : []),
    `- ${f.provider} writes: **${fmt(f.write.requests.average)} saves/s**, **${fmt(pct(f.write, f.bareWrite), 1)} %** of the bare writer, p99 **${fmt(f.write.latency.p99)} ms** (goals ≥ 1,000 saves/s, ≥ 10 %, p99 < 250 ms): ${verdict(f.write.requests.average >= 1000 && pct(f.write, f.bareWrite) >= 10 && f.write.latency.p99 < 250)}.`,
  ]),
  '- Every request of a write run saves a new draft (unit, year); the baseline writes the same report row, three values and a hash-chained audit row under a movement of its own.',
].join('\n');
console.log(text);
writeBenchmarkSection('api: reads and report saves on SQLite and PostgreSQL (`nx run api-server:bench`)', text);
process.exit(0);

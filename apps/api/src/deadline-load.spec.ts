// The night before 15/12, on SQLite and on PostgreSQL: 200 connections for 60 s (saves on most, public reads on the
// rest) while officials sign in, and on SQLite another process takes the write lock now and then (a backup tool, an
// administrator's shell). Every save answered 200 must be in the database with the values it sent; a client that
// gives up waiting is a failure; nothing may 5xx; the audit chain verifies; SQLite passes its integrity check.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@thidua/api';
import { createEditorSessions, PASSWORD } from '@thidua/api/testing';
import { testProviders } from '@thidua/db/testing';
import { sqlitePath } from '@thidua/db';
import { createHttpHarness } from './testing/http-harness.js';

const CONNECTIONS = 200;
const READ_CONNECTIONS = 20;
const SECONDS = Number(process.env['THIDUA_LOAD_SECONDS'] ?? 60);
/** A save not answered within this is counted as lost to its user. */
const CLIENT_TIMEOUT_S = 15;
const LOGIN_EVERY_MS = 5000;

const COMPETING_WRITER = `
const db = new (require('libsql'))(process.argv[1]);
db.exec('PRAGMA busy_timeout = 10000');
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
for (;;) { db.exec('BEGIN IMMEDIATE'); pause(300); db.exec('COMMIT'); pause(700); }
`;

interface Save {
  /** The client's running number for this save. */
  i: number;
  unitId: string;
  year: number;
  digital: boolean;
  initiatives: number;
}
interface RunSummary {
  total: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
}
interface ClientReport {
  saves: RunSummary;
  reads: RunSummary;
  sent: number;
  answered: Save[];
}

const runClients = (job: object): Promise<ClientReport> =>
  new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./testing/deadline-client.mjs', import.meta.url)), { stdio: 'inherit' });
    child.once('message', (m) => resolve(m as ClientReport));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`deadline client exited with ${code}`))));
    child.send(job);
  });

const providers = await testProviders();

describe.each(providers)('deadline load on %s', (provider) => {
  it(
    `${CONNECTIONS} connections for ${SECONDS} s with sign-ins${provider === 'sqlite' ? ' and a competing lock' : ''}: every answered save stored as sent, no timeout, zero 5xx`,
    { timeout: (SECONDS + 180) * 1000 },
    async () => {
      // Behind a proxy: readers come from many addresses (each under the public limit), officials from the office's.
      const h = await createHttpHarness(provider, { TRUST_PROXY: '127.0.0.1' });
      let other: ChildProcess | undefined;
      try {
        const db = h.api.t.db;
        // 2,500 enterprises with their editors and sessions: each save creates a new draft for a unit and year.
        const units = Array.from({ length: 2500 }, (_, i) => `DN-LOAD-${String(i).padStart(4, '0')}`);
        await db.orgUnit.createMany({
          data: units.map((id) => ({
            id,
            name: id,
            nameEn: id,
            kind: 'enterprise',
            participantKind: 'enterprise',
            validFrom: '2000-01-01',
          })),
        });
        const cookies = await createEditorSessions(db, units);
        await h.app.listen({ host: '127.0.0.1', port: 0 });
        const url = `http://127.0.0.1:${(h.app.server.address() as { port: number }).port}`;

        if (provider === 'sqlite') {
          other = spawn(process.execPath, ['-e', COMPETING_WRITER, sqlitePath(h.api.t.url)], {
            cwd: fileURLToPath(new URL('..', import.meta.url)),
            stdio: 'ignore',
          });
        }
        // Officials sign in all through the load (below the sign-in rate limit): each must succeed and keep its session.
        const sessionsBefore = await db.session.count();
        const logins: number[] = [];
        const signingIn = (async () => {
          for (let start = Date.now(); Date.now() - start < (SECONDS - 2) * 1000;) {
            const r = await fetch(`${url}/trpc/auth.login`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ username: 'xa.lamson', password: PASSWORD }),
              signal: AbortSignal.timeout(CLIENT_TIMEOUT_S * 1000),
            });
            logins.push(r.status);
            await new Promise((resolve) => setTimeout(resolve, LOGIN_EVERY_MS));
          }
        })();
        // Saves go only to years the movement takes reports for (a year outside them is refused, rightly, with 400).
        const calendar = (await (await fetch(`${url}/api/public/calendar`)).json()) as {
          reportingYears: number[];
          defaultYear: number;
        };
        const report = await runClients({
          url,
          saveConnections: CONNECTIONS - READ_CONNECTIONS,
          readConnections: READ_CONNECTIONS,
          seconds: SECONDS,
          timeoutSeconds: CLIENT_TIMEOUT_S,
          units,
          years: calendar.reportingYears,
          cookies,
          readPath: `/api/public/leaderboard?year=${calendar.defaultYear}&kind=commune`,
        });
        await signingIn;
        other?.kill();

        const firstError = h.logs.find((l) => l.includes('"level":50'));
        if (firstError) console.log('FIRST ERROR', firstError.slice(0, 1500));
        console.log(
          `deadline load on ${provider}: saves ${JSON.stringify(report.saves)}; reads ${JSON.stringify(report.reads)}; sign-ins ${JSON.stringify(logins)}`,
        );

        for (const run of [report.saves, report.reads]) {
          expect(Object.keys(run.statuses).filter((code) => code !== '200')).toEqual([]);
          expect(run.errors).toBe(0);
          expect(run.timeouts).toBe(0);
        }
        expect(logins.length).toBeGreaterThan(0);
        expect(logins.filter((s) => s !== 200)).toEqual([]);
        expect(await db.session.count()).toBe(sessionsBefore + logins.length);

        // Pair by pair: every answered save that no later save of its unit and year followed is there with the values
        // it sent (the clients number their saves; the next one of a pair is units × years saves later).
        expect(report.answered.length).toBe(report.saves.statuses['200']);
        const pairs = units.length * calendar.reportingYears.length;
        const lastAnswered = report.answered.filter((s) => s.i + pairs >= report.sent);
        const stored = await db.report.findMany({
          where: { unitId: { startsWith: 'DN-LOAD-' } },
          select: { unitId: true, year: true, values: { select: { key: true, boolValue: true, numberValue: true } } },
        });
        const byPair = new Map(stored.map((r) => [`${r.unitId}:${r.year}`, r.values]));
        const missing = lastAnswered.filter((s) => {
          const values = byPair.get(`${s.unitId}:${s.year}`);
          const digital = values?.find((v) => v.key === 'C-ENT-DIGITAL')?.boolValue;
          const initiatives = values?.find((v) => v.key === 'C-COL-INITIATIVE')?.numberValue;
          return values?.length !== 2 || digital !== s.digital || initiatives !== s.initiatives;
        });
        expect(missing).toEqual([]);
        // Nothing stored that was never sent (drafts still in flight at the end may be stored without an answer).
        expect(stored.length).toBeLessThanOrEqual(report.sent);

        expect((await verifyAuditChain(db)).ok).toBe(true);
        if (provider === 'sqlite') {
          const [check] = await db.$queryRawUnsafe<Array<{ integrity_check: string }>>('PRAGMA integrity_check');
          expect(check?.integrity_check).toBe('ok');
        }
      } finally {
        other?.kill();
        await h.close();
      }
    },
  );
});

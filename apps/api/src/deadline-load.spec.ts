// The night before 15/12: 200 connections submitting report drafts for 60 s on SQLite, while another process holds
// write locks now and then (a backup tool, an administrator's sqlite3 shell). Nothing may be lost, nothing may 5xx.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { describe, expect, it } from 'vitest';
import { createEditorSessions } from '@thidua/api/testing';
import { sqlitePath } from '@thidua/db';
import { createHttpHarness } from './testing/http-harness.js';

const CONNECTIONS = 200;

const COMPETING_WRITER = `
const db = new (require('libsql'))(process.argv[1]);
db.exec('PRAGMA busy_timeout = 10000');
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
for (;;) { db.exec('BEGIN IMMEDIATE'); pause(300); db.exec('COMMIT'); pause(700); }
`;
const SECONDS = Number(process.env['THIDUA_LOAD_SECONDS'] ?? 60);

describe('deadline load on SQLite', () => {
  it(`${CONNECTIONS} connections for ${SECONDS} s with a competing lock: zero lost writes, zero 5xx`, { timeout: (SECONDS + 120) * 1000 }, async () => {
    const h = await createHttpHarness('sqlite');
    try {
      const db = h.api.t.db;
      // 2,500 enterprises with their editors and sessions: each request creates one new draft for a unit and year,
      // 10,000 distinct drafts, more than 60 s of writes can reach, so every request is a write.
      const units = Array.from({ length: 2500 }, (_, i) => `DN-LOAD-${String(i).padStart(4, '0')}`);
      await db.orgUnit.createMany({ data: units.map((id) => ({ id, name: id, nameEn: id, kind: 'enterprise', participantKind: 'enterprise', validFrom: '2000-01-01' })) });
      const cookies = await createEditorSessions(db, units);
      await h.app.listen({ host: '127.0.0.1', port: 0 });
      const url = `http://127.0.0.1:${(h.app.server.address() as { port: number }).port}`;

      // The competing writer: another process that takes the write lock for 300 ms every second.
      const other = spawn(process.execPath, ['-e', COMPETING_WRITER, sqlitePath(h.api.t.url)], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'ignore' });

      let sent = 0;
      const sentPairs: string[] = [];
      const result = await autocannon({
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 120,
        requests: [
          {
            method: 'POST',
            path: '/trpc/reports.saveDraft',
            setupRequest: (req) => {
              const i = sent++;
              const unit = i % units.length;
              const year = 2022 + Math.floor(i / units.length);
              sentPairs.push(`${units[unit]}:${year}`);
              return { ...req, headers: { 'content-type': 'application/json', cookie: cookies[unit]! }, body: JSON.stringify({ unitId: units[unit], year, values: [{ key: 'C-ENT-DIGITAL', bool: true }] }) };
            },
          },
        ],
      });
      other.kill();

      const firstError = h.logs.find((l) => l.includes('"level":50'));
      if (firstError) console.log('FIRST ERROR', firstError.slice(0, 1500));
      const stats = (result as unknown as { statusCodeStats: Record<string, { count: number }> }).statusCodeStats;
      const fiveXx = Object.entries(stats).filter(([code]) => code.startsWith('5')).reduce((n, [, v]) => n + v.count, 0);
      expect(fiveXx).toBe(0);
      // Connection errors would be failures; a client that gave up waiting (timeouts) is reported, and its draft is
      // either stored or not, never half-stored: the counts below check that nothing answered was lost.
      expect(result.errors - result.timeouts).toBe(0);
      const stored = await db.report.count({ where: { unitId: { startsWith: 'DN-LOAD-' } } });
      const answered = stats['200']?.count ?? 0;
      expect(sentPairs.length).toBeLessThanOrEqual(units.length * 4);
      // Every draft answered 200 is stored (those still in flight at the end may be stored without an answer).
      expect(stored).toBeGreaterThanOrEqual(answered);
      expect(stored).toBeLessThanOrEqual(sentPairs.length);
      const [check] = await db.$queryRawUnsafe<Array<{ integrity_check: string }>>('PRAGMA integrity_check');
      expect(check?.integrity_check).toBe('ok');
      console.log(`deadline load: ${result.requests.total} requests, ${result.timeouts} client timeouts (120 s), ${answered} drafts answered 200, ${stored} stored, p99 ${result.latency.p99} ms, status ${JSON.stringify(Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, v.count])))}`);
    } finally {
      await h.close();
    }
  });
});

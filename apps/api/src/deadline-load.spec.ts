// The night before 15/12: 200 connections submitting report drafts for 60 s on SQLite, while another process holds
// write locks now and then (a backup tool, an administrator's sqlite3 shell). Nothing may be lost, nothing may 5xx.
import { createHash, randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import autocannon from 'autocannon';
import { describe, expect, it } from 'vitest';
import { sqlitePath } from '@thidua/db';
import { createHttpHarness } from './testing/http-harness.js';

const CONNECTIONS = 200;
const SECONDS = Number(process.env['THIDUA_LOAD_SECONDS'] ?? 60);

describe('deadline load on SQLite', () => {
  it(`${CONNECTIONS} connections for ${SECONDS} s with a competing lock: zero lost writes, zero 5xx`, { timeout: (SECONDS + 120) * 1000 }, async () => {
    const h = await createHttpHarness('sqlite');
    try {
      const db = h.api.t.db;
      // 400 enterprises with their editors and sessions: each request creates one new draft for a unit and year.
      const units = Array.from({ length: 400 }, (_, i) => `DN-LOAD-${String(i).padStart(3, '0')}`);
      await db.orgUnit.createMany({ data: units.map((id) => ({ id, name: id, nameEn: id, kind: 'enterprise', participantKind: 'enterprise', validFrom: '2000-01-01' })) });
      const cookies: string[] = [];
      for (const unitId of units) {
        const user = await db.user.create({ data: { username: unitId.toLowerCase(), displayName: unitId, passwordHash: 'x', role: 'UNIT-EDITOR', unitId }, select: { id: true } });
        const token = randomBytes(20).toString('hex');
        await db.session.create({ data: { id: createHash('sha256').update(token).digest('hex'), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
        cookies.push(`__Host-thidua_session=${token}`);
      }
      await h.app.listen({ host: '127.0.0.1', port: 0 });
      const url = `http://127.0.0.1:${(h.app.server.address() as { port: number }).port}`;

      // The competing writer: a separate connection that takes the write lock for 300 ms every second.
      const other = new Database(sqlitePath(h.api.t.url), { timeout: 10_000 });
      const locker = setInterval(() => {
        other.exec('BEGIN IMMEDIATE');
        const until = Date.now() + 300;
        while (Date.now() < until) {
          /* hold the lock */
        }
        other.exec('COMMIT');
      }, 1000);

      let sent = 0;
      const sentPairs: string[] = [];
      const result = await autocannon({
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 60,
        requests: [
          {
            method: 'POST',
            path: '/trpc/reports.saveDraft',
            setupRequest: (req) => {
              const i = sent++;
              const unit = i % units.length;
              const year = 2022 + Math.floor(i / units.length);
              if (year > 2025) return { ...req, method: 'GET', path: '/healthz', body: undefined };
              sentPairs.push(`${units[unit]}:${year}`);
              return { ...req, headers: { 'content-type': 'application/json', cookie: cookies[unit]! }, body: JSON.stringify({ unitId: units[unit], year, values: [{ key: 'C-ENT-DIGITAL', bool: true }] }) };
            },
          },
        ],
      });
      clearInterval(locker);
      other.close();

      const stats = (result as unknown as { statusCodeStats: Record<string, { count: number }> }).statusCodeStats;
      const fiveXx = Object.entries(stats).filter(([code]) => code.startsWith('5')).reduce((n, [, v]) => n + v.count, 0);
      expect(fiveXx).toBe(0);
      expect(result.errors + result.timeouts).toBe(0);
      const stored = await db.report.count({ where: { unitId: { startsWith: 'DN-LOAD-' } } });
      const answered = stats['200']?.count ?? 0;
      // Every draft answered 200 is stored (those still in flight at the end may be stored without an answer).
      expect(stored).toBeGreaterThanOrEqual(Math.min(answered, sentPairs.length));
      expect(stored).toBeLessThanOrEqual(sentPairs.length);
      const [check] = await db.$queryRawUnsafe<Array<{ integrity_check: string }>>('PRAGMA integrity_check');
      expect(check?.integrity_check).toBe('ok');
      console.log(`deadline load: ${result.requests.total} requests, ${answered} drafts answered 200, ${stored} stored, p99 ${result.latency.p99} ms, status ${JSON.stringify(Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, v.count])))}`);
    } finally {
      await h.close();
    }
  });
});

// Crash drill, on SQLite and PostgreSQL: the API process is killed with SIGKILL in the middle of a burst of saves and
// in the middle of a 100,000-value district import, then started again. Every save that was answered 200 must be
// there with its values, the import must be all or nothing, the audit chain must verify and SQLite must pass
// its integrity check.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@thidua/api';
import { createEditorSessions, createHarness, createVerifiedSession, type Harness } from '@thidua/api/testing';
import { testProviders } from '@thidua/db/testing';
import { ninhSonDx2021_2025 as movement } from '@thidua/domain';
import { APP_ORIGIN, startApiProcess as startApi } from './testing/api-process.js';

const IMPORT_YEAR = 2024;
const IMPORT_VALUES = 100_000;

const providers = await testProviders();

describe.each(providers)('crash drill on %s', (provider) => {
  let h: Harness;
  let dataDir: string;
  beforeAll(async () => {
    h = await createHarness(provider);
    dataDir = mkdtempSync(join(tmpdir(), 'thidua-crash-'));
  });
  afterAll(async () => {
    await h?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const checkDatabase = async () => {
    expect((await verifyAuditChain(h.t.db)).ok).toBe(true);
    if (provider === 'sqlite') {
      const [check] = await h.t.db.$queryRawUnsafe<Array<{ integrity_check: string }>>('PRAGMA integrity_check');
      expect(check?.integrity_check).toBe('ok');
    }
  };

  it(
    'SIGKILL during a burst of saves: every save answered 200 is there with its values after restart',
    { timeout: 180_000 },
    async () => {
      const units = Array.from({ length: 1000 }, (_, i) => `DN-BURST-${String(i).padStart(4, '0')}`);
      await h.t.db.orgUnit.createMany({
        data: units.map((id) => ({
          id,
          name: id,
          nameEn: id,
          kind: 'enterprise',
          participantKind: 'enterprise',
          validFrom: '2000-01-01',
        })),
      });
      const cookies = await createEditorSessions(h.t.db, units);
      let api = await startApi(h.t.url, dataDir);

      const answered: Array<{ unitId: string; year: number; initiatives: number }> = [];
      let next = 0;
      let killed = false;
      const worker = async () => {
        while (!killed && next < units.length * 3) {
          const i = next++;
          const save = {
            unitId: units[i % units.length]!,
            year: 2022 + Math.floor(i / units.length),
            initiatives: i % 9,
          };
          try {
            const r = await fetch(`${api.url}/trpc/reports.saveDraft`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie: cookies[i % units.length]! },
              body: JSON.stringify({
                unitId: save.unitId,
                year: save.year,
                values: [{ key: 'C-COL-INITIATIVE', number: save.initiatives }],
              }),
            });
            if (r.status === 200) answered.push(save);
            else expect(r.status, await r.text()).toBe(200);
          } catch {
            // The server died with this request in flight: its outcome was never told to anyone.
          }
        }
      };
      const workers = Array.from({ length: 50 }, worker);
      // Kill once saves are flowing, mid-burst.
      while (answered.length < 200) await new Promise((resolve) => setTimeout(resolve, 20));
      killed = true;
      await api.kill();
      await Promise.all(workers);

      api = await startApi(h.t.url, dataDir);
      try {
        expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
        const stored = await h.t.db.report.findMany({
          where: { unitId: { startsWith: 'DN-BURST-' } },
          select: { unitId: true, year: true, values: { select: { key: true, numberValue: true } } },
        });
        const byPair = new Map(stored.map((r) => [`${r.unitId}:${r.year}`, r.values]));
        const lost = answered.filter((s) => byPair.get(`${s.unitId}:${s.year}`)?.[0]?.numberValue !== s.initiatives);
        expect(answered.length).toBeGreaterThanOrEqual(200);
        expect(lost).toEqual([]);
        // No half-saved draft: a report is there with its value, or not at all.
        expect(stored.filter((r) => r.values.length !== 1)).toEqual([]);
        await checkDatabase();
      } finally {
        await api.kill();
      }
    },
  );

  it(
    `SIGKILL during a ${IMPORT_VALUES.toLocaleString('en')}-value district import: after restart it is all there or not at all`,
    { timeout: 300_000 },
    async () => {
      const criteria = movement.criteria.filter((c) => c.appliesTo.includes('enterprise') && !c.valueFromAttribute);
      const units = Array.from(
        { length: Math.ceil(IMPORT_VALUES / criteria.length) },
        (_, i) => `DN-CRASH-${String(i).padStart(5, '0')}`,
      );
      for (let i = 0; i < units.length; i += 5000) {
        await h.t.db.orgUnit.createMany({
          data: units.slice(i, i + 5000).map((id) => ({
            id,
            name: id,
            nameEn: id,
            kind: 'enterprise',
            participantKind: 'enterprise',
            validFrom: '2000-01-01',
          })),
        });
      }
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('so_lieu');
      sheet.addRow(['unit_id', 'unit_name', 'criterion_id', 'criterion_label', 'value', 'evidence_url']);
      let rows = 0;
      for (const [i, unitId] of units.entries()) {
        for (const c of criteria) {
          if (rows++ >= IMPORT_VALUES) break;
          sheet.addRow([
            unitId,
            unitId,
            c.id,
            c.label.vi,
            c.measure.kind === 'boolean' ? 'Có' : c.measure.kind === 'percent' ? 50 : 1 + (i % 3),
            null,
          ]);
        }
      }
      book.addWorksheet('_thidua', { state: 'veryHidden' }).addRow(['year', IMPORT_YEAR]);
      const file = Buffer.from(await book.xlsx.writeBuffer());
      const culture = await h.t.db.user.findUniqueOrThrow({ where: { username: 'vhtt' }, select: { id: true } });
      const cookie = await createVerifiedSession(h.t.db, culture.id);
      const valuesOfYear = () =>
        h.t.db.reportValue.count({ where: { report: { year: IMPORT_YEAR, unitId: { startsWith: 'DN-CRASH-' } } } });
      const reportsOfYear = () =>
        h.t.db.report.count({ where: { year: IMPORT_YEAR, unitId: { startsWith: 'DN-CRASH-' } } });

      let api = await startApi(h.t.url, dataDir);
      const phases: string[] = [];
      try {
        const res = await fetch(`${api.url}/api/excel/district/${IMPORT_YEAR}`, {
          method: 'POST',
          headers: {
            cookie,
            origin: APP_ORIGIN,
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            accept: 'application/x-ndjson',
          },
          body: file,
        });
        expect(res.status).toBe(200);
        const decoder = new TextDecoder();
        // Read the progress until the values are being written, then kill the server inside its transaction.
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          for (const line of decoder.decode(chunk, { stream: true }).split('\n').filter(Boolean))
            phases.push(JSON.parse(line).phase ?? JSON.parse(line).type);
          if (phases.includes('saving') || phases.includes('preparing')) break;
        }
      } catch {
        // The stream ends with the server.
      }
      expect(phases.some((p) => p === 'saving' || p === 'preparing')).toBe(true);
      await api.kill();

      api = await startApi(h.t.url, dataDir);
      try {
        expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
        const [values, reports] = [await valuesOfYear(), await reportsOfYear()];
        expect([0, IMPORT_VALUES]).toContain(values);
        expect([0, units.length]).toContain(reports);
        expect(values === 0).toBe(reports === 0);
        await checkDatabase();
      } finally {
        await api.kill();
      }
    },
  );
});

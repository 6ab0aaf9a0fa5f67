// The open dataset over HTTP: approved values only, stable columns, the same rows as JSON, CSV and Excel.
import { asStoredValues, COMMUNE_2025 } from '@thidua/api/testing';
import { testProviders } from '@thidua/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@thidua/api';
import { createHttpHarness, type HttpHarness } from './testing/http-harness.js';

const providers = await testProviders();
const MOVEMENT = 'ninh-son-dx-2021-2025';

describe.each(providers)('open data on %s', (provider) => {
  let h: HttpHarness;
  beforeAll(async () => {
    h = await createHttpHarness(provider);
    const db = h.api.t.db;
    await db.report.create({
      data: {
        movementId: MOVEMENT,
        unitId: 'U-LAM-SON',
        year: 2025,
        status: 'approved',
        approvedAt: new Date('2025-12-20T03:00:00Z'),
        values: { create: asStoredValues(COMMUNE_2025) },
      },
    });
    // Not approved: must never be published.
    await db.report.create({
      data: {
        movementId: MOVEMENT,
        unitId: 'U-MY-SON',
        year: 2025,
        status: 'verified',
        values: { create: [{ key: 'C-COMM-DOSSIERS', numberValue: 77.7 }] },
      },
    });
    await db.sectorReport.create({
      data: {
        movementId: MOVEMENT,
        sectorId: 'S-HEALTH',
        year: 2024,
        status: 'approved',
        approvedAt: new Date('2024-12-10T03:00:00Z'),
        values: {
          create: [
            {
              unitId: 'U-LAM-SON',
              indicatorId: 'I-HEALTH-EMR',
              numberValue: 64.5,
              evidenceUrl: 'https://example.invalid/bv.pdf',
              note: 'Liên hệ chị Lan 0912 345 678',
            },
          ],
        },
      },
    });
    await db.sectorReport.create({
      data: {
        movementId: MOVEMENT,
        sectorId: 'S-EDUCATION',
        year: 2024,
        status: 'submitted',
        values: { create: [{ unitId: 'U-LAM-SON', indicatorId: 'I-EDUCATION-SCHOOLS-DX', numberValue: 88.8 }] },
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const get = (url: string) => h.app.inject({ url });

  it('describes the dataset: every column in Vietnamese and English, and the CC BY 4.0 licence', async () => {
    const res = await get('/api/public/open-data');
    const body = res.json() as {
      licence: { id: string; vi: string; en: string };
      columns: Array<{ name: string; vi: string; en: string }>;
    };
    expect(body.licence.id).toBe('CC-BY-4.0');
    // The credit is whoever runs the movement, as its file names them: each office publishes under its own name.
    const { issuer, name } = (await get('/trpc/movement.get')).json().result.data as {
      issuer: { vi: string; en: string };
      name: { vi: string; en: string };
    };
    expect(body.licence.vi).toContain(`"${issuer.vi} – ${name.vi}"`);
    expect(body.licence.en).toContain(`"${issuer.en} – ${name.en}"`);
    expect(body.columns.map((c) => c.name)).toEqual([
      'year',
      'unit_id',
      'unit_name',
      'unit_kind',
      'item_id',
      'item_label_vi',
      'item_label_en',
      'measure',
      'value',
      'source',
      'approved_at',
    ]);
    expect(body.columns.every((c) => c.vi.length > 0 && c.en.length > 0)).toBe(true);
  });

  it('publishes approved unit and sector values only, and nothing about people', async () => {
    const res = await get('/api/public/open-data/values?limit=1000');
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-licence']).toBe('CC-BY-4.0');
    const body = res.json() as { total: number; rows: Array<Record<string, unknown>> };
    const approvedValues = COMMUNE_2025.length + 1;
    expect(body.total).toBe(approvedValues);
    expect(body.rows.find((r) => r.item_id === 'I-HEALTH-EMR')).toMatchObject({
      year: 2024,
      unit_id: 'U-LAM-SON',
      value: 64.5,
      source: 'sector_report',
      measure: 'percent',
    });
    expect(body.rows.find((r) => r.unit_id === 'U-LAM-SON' && r.item_id === 'C-COMM-DOSSIERS')).toMatchObject({
      year: 2025,
      source: 'unit_report',
      approved_at: '2025-12-20T03:00:00.000Z',
    });
    const text = res.body;
    expect(text).not.toContain('77.7'); // a verified, not approved, report
    expect(text).not.toContain('88.8'); // a submitted sector report
    expect(text).not.toContain('0912'); // notes may name people: never published
    expect(text).not.toContain('example.invalid');
  });

  it('pages JSON with a stable order, and filters by year, unit and item', async () => {
    const all = (await get('/api/public/open-data/values?limit=1000')).json() as {
      rows: Array<Record<string, unknown>>;
    };
    const first = (await get('/api/public/open-data/values?limit=3')).json() as { total: number; rows: unknown[] };
    const second = (await get('/api/public/open-data/values?limit=3&offset=3')).json() as { rows: unknown[] };
    expect([...first.rows, ...second.rows]).toEqual(all.rows.slice(0, 6));
    const only = (await get('/api/public/open-data/values?year=2024&item=I-HEALTH-EMR')).json() as { total: number };
    expect(only.total).toBe(1);
    expect(((await get('/api/public/open-data/values?unit=U-MY-SON')).json() as { total: number }).total).toBe(0);
    const bad = await get('/api/public/open-data/values?year=2031&format=pdf');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Tham số không hợp lệ: format (json|csv|xlsx)');
    expect(bad.json().error.message).not.toContain('limit'); // only the wrong parameter is named
  });

  it('exports the same rows as CSV (BOM, stable header) and as an Excel workbook with its dictionary', async () => {
    const json = (await get('/api/public/open-data/values?limit=1000')).json() as {
      rows: Array<Record<string, unknown>>;
    };
    const csv = await get('/api/public/open-data/values?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'year,unit_id,unit_name,unit_kind,item_id,item_label_vi,item_label_en,measure,value,source,approved_at',
    );
    expect(lines).toHaveLength(json.rows.length + 1);

    const xlsx = await get('/api/public/open-data/values?format=xlsx');
    expect(xlsx.headers['content-disposition']).toContain('.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('du_lieu');
    expect(sheet?.rowCount).toBe(json.rows.length + 1);
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'year',
      'unit_id',
      'unit_name',
      'unit_kind',
      'item_id',
      'item_label_vi',
      'item_label_en',
      'measure',
      'value',
      'source',
      'approved_at',
    ]);
    expect(book.getWorksheet('tu_dien')?.getColumn(1).values).toContain('licence');
  });

  it('gives the same file again from its cache, and limits whole-dataset downloads per address', async () => {
    const csv = (ip: string) =>
      h.app.inject({ url: '/api/public/open-data/values?format=csv&year=2025', remoteAddress: ip });
    const first = await csv('198.51.100.20');
    expect((await csv('198.51.100.20')).body).toBe(first.body);
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.exportPerAddress.limit; i++) statuses.push((await csv('198.51.100.21')).statusCode);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const refused = await csv('198.51.100.21');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toContain('Quá nhiều yêu cầu');
    expect((await csv('198.51.100.22')).statusCode).toBe(200);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/public/open-data', '/api/public/open-data/values']),
    );
  });
});

// A sector office's figures through Excel (issue 6): the health office downloads its sheet (one row per commune and
// indicator, validated value cells), a file with bad rows is refused whole with each problem by row and column, a good
// one becomes the sector report's draft with the file kept as evidence; a stale or submitted report is not overwritten.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpHarness, sessionCookie, type HttpHarness } from './testing/http-harness.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ORIGIN = 'https://thidua.ninhson.example';
const URL_2024 = '/api/excel/sector/S-HEALTH/2024';

describe('a sector report through Excel', () => {
  let h: HttpHarness;
  const cookies = new Map<string, string>();
  const cookieOf = async (username: string) => {
    if (!cookies.has(username)) {
      cookies.set(username, await sessionCookie(h, username));
    }
    return cookies.get(username)!;
  };
  const evidenceDir = mkdtempSync(join(tmpdir(), 'thidua-sector-evidence-'));
  beforeAll(async () => {
    h = await createHttpHarness('sqlite', { EVIDENCE_DIR: evidenceDir });
  });
  afterAll(async () => {
    await h?.close();
  });

  const template = async (username = 'yte') => {
    const res = await h.app.inject({ url: URL_2024, headers: { cookie: await cookieOf(username) } });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return book;
  };
  const rowsOf = (book: ExcelJS.Workbook) => {
    const rows = new Map<string, ExcelJS.Row>();
    book.getWorksheet('bao_cao_nganh')!.eachRow((row, n) => {
      if (n >= 7) rows.set(`${String(row.getCell(1).value)}|${String(row.getCell(3).value)}`, row);
    });
    return rows;
  };
  const upload = async (book: ExcelJS.Workbook, username = 'yte') =>
    h.app.inject({
      method: 'POST',
      url: URL_2024,
      headers: { cookie: await cookieOf(username), origin: ORIGIN, 'content-type': XLSX },
      payload: Buffer.from(await book.xlsx.writeBuffer()),
    });
  const report = () =>
    h.api.t.db.sectorReport.findFirst({
      where: { sectorId: 'S-HEALTH', year: 2024 },
      include: { values: { orderBy: [{ unitId: 'asc' }, { indicatorId: 'asc' }] } },
    });

  it('gives the health office one row per commune and indicator, with units, ranges and validated value cells', async () => {
    const book = await template();
    const rows = rowsOf(book);
    expect([...rows.keys()].sort()).toEqual([
      'U-LAM-SON|I-HEALTH-EMR',
      'U-LAM-SON|I-HEALTH-RECORDS',
      'U-LAM-SON|I-HEALTH-TELEMED',
      'U-MY-SON|I-HEALTH-EMR',
      'U-MY-SON|I-HEALTH-RECORDS',
      'U-MY-SON|I-HEALTH-TELEMED',
    ]);
    const telemed = rows.get('U-LAM-SON|I-HEALTH-TELEMED')!;
    expect(telemed.getCell(2).value).toBe('xã Lâm Sơn');
    expect(telemed.getCell(5).value).toBe('lượt');
    expect(telemed.getCell(6).value).toBe('số nguyên ≥ 0');
    expect(telemed.getCell(7).dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(rows.get('U-MY-SON|I-HEALTH-EMR')!.getCell(7).dataValidation).toMatchObject({
      type: 'decimal',
      formulae: [0, 100],
    });
    // Only who may read the sector's figures gets the sheet.
    expect((await h.app.inject({ url: URL_2024, headers: { cookie: await cookieOf('xa.lamson') } })).statusCode).toBe(
      403,
    );
  });

  it('lets a district reader download the sheet but not import it, and keeps no file from the attempt', async () => {
    const book = await template('lanhdao');
    rowsOf(book).get('U-LAM-SON|I-HEALTH-EMR')!.getCell(7).value = 50;
    const res = await upload(book, 'lanhdao');
    expect(res.statusCode).toBe(403);
    expect(existsSync(evidenceDir) ? readdirSync(evidenceDir) : []).toEqual([]);
    expect(await report()).toBeNull();
  });

  it('refuses a file with bad rows whole, naming each by row and column, and saves nothing', async () => {
    const book = await template();
    const rows = rowsOf(book);
    rows.get('U-LAM-SON|I-HEALTH-EMR')!.getCell(7).value = 130;
    rows.get('U-LAM-SON|I-HEALTH-TELEMED')!.getCell(7).value = 12.5;
    rows.get('U-MY-SON|I-HEALTH-EMR')!.getCell(7).value = { formula: 'SUM(1,2)' } as ExcelJS.CellFormulaValue;
    rows.get('U-MY-SON|I-HEALTH-RECORDS')!.getCell(1).value = 'U-KHONG-CO';
    const res = await upload(book);
    expect(res.statusCode).toBe(422);
    const { problems } = res.json() as {
      problems: Array<{ sheet: string; row: number; column: string; message: string }>;
    };
    const rowOf = (key: string) => Number(rows.get(key)!.number);
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          sheet: 'bao_cao_nganh',
          row: rowOf('U-LAM-SON|I-HEALTH-EMR'),
          column: 'G (Giá trị)',
          message: '130 ngoài phạm vi cho phép (0 – 100).',
        },
        {
          sheet: 'bao_cao_nganh',
          row: rowOf('U-LAM-SON|I-HEALTH-TELEMED'),
          column: 'G (Giá trị)',
          message: '12.5 ngoài phạm vi cho phép (số nguyên ≥ 0).',
        },
        {
          sheet: 'bao_cao_nganh',
          row: rowOf('U-MY-SON|I-HEALTH-EMR'),
          column: 'G (Giá trị)',
          message: 'Ô chứa công thức: hãy nhập giá trị, không nhập công thức.',
        },
        {
          sheet: 'bao_cao_nganh',
          row: rowOf('U-MY-SON|I-HEALTH-RECORDS'),
          column: 'A (Mã xã)',
          message: '"U-KHONG-CO" không phải xã, thị trấn đang hoạt động năm 2024.',
        },
      ]),
    );
    expect(await report()).toBeNull();
  });

  it('imports a clean file as the draft (empty cells are no figure), keeps the file, and refuses it once it is stale or submitted', async () => {
    const book = await template();
    const rows = rowsOf(book);
    rows.get('U-LAM-SON|I-HEALTH-EMR')!.getCell(7).value = '62,5';
    rows.get('U-LAM-SON|I-HEALTH-TELEMED')!.getCell(7).value = 140;
    rows.get('U-MY-SON|I-HEALTH-EMR')!.getCell(7).value = 48;
    rows.get('U-MY-SON|I-HEALTH-EMR')!.getCell(8).value = 'https://soyte.ninhthuan.gov.vn/bao-cao-my-son.pdf';
    const res = await upload(book);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ saved: 3, version: 1 });
    const saved = await report();
    expect(saved?.status).toBe('draft');
    expect(saved?.values.map((v) => [v.unitId, v.indicatorId, v.numberValue])).toEqual([
      ['U-LAM-SON', 'I-HEALTH-EMR', 62.5],
      ['U-LAM-SON', 'I-HEALTH-TELEMED', 140],
      ['U-MY-SON', 'I-HEALTH-EMR', 48],
    ]);
    expect(saved?.values.find((v) => v.unitId === 'U-MY-SON')?.evidenceUrl).toBe(
      'https://soyte.ninhthuan.gov.vn/bao-cao-my-son.pdf',
    );
    expect(saved?.values.find((v) => v.indicatorId === 'I-HEALTH-TELEMED')?.evidenceUrl).toMatch(/\/api\/evidence\//);

    // The same (now stale) file again: the report moved on, nothing is overwritten.
    expect((await upload(book)).statusCode).toBe(409);
    const fresh = await template();
    expect(rowsOf(fresh).get('U-LAM-SON|I-HEALTH-EMR')!.getCell(7).value).toBe(62.5);
    await (await h.api.as('yte')).sectors.submit({ reportId: saved!.id, version: saved!.version });
    const locked = await upload(fresh);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('đã nộp hoặc đã duyệt');
  });
});

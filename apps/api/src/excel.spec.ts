// The Excel round trip of a commune's yearly report: download the sheet, fill it in, import it; a file with bad rows
// is refused whole with every problem named by row and column; a good one is saved as the draft and kept as evidence.
import { testProviders } from '@thidua/db/testing';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useSignedInHttpHarness } from './testing/http-harness.js';

const providers = await testProviders();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ORIGIN = 'https://thidua.ninhson.example';

describe.each(providers)('Excel import and export on %s', (provider) => {
  const signedIn = useSignedInHttpHarness(provider, 'xa.lamson');

  const template = async (unit = 'U-LAM-SON') => {
    const res = await signedIn.h.app.inject({
      url: `/api/excel/report/${unit}/2025`,
      headers: { cookie: signedIn.cookie },
    });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return book;
  };
  const rowsOf = (book: ExcelJS.Workbook) => {
    const sheet = book.getWorksheet('bao_cao')!;
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, n) => {
      if (n >= 7) rows.set(String(row.getCell(1).value), row);
    });
    return rows;
  };
  const upload = async (book: ExcelJS.Workbook, unit = 'U-LAM-SON') =>
    signedIn.h.app.inject({
      method: 'POST',
      url: `/api/excel/report/${unit}/2025`,
      headers: { cookie: signedIn.cookie, origin: ORIGIN, 'content-type': XLSX },
      payload: Buffer.from(await book.xlsx.writeBuffer()),
    });
  const savedReport = async () =>
    signedIn.h.api.t.db.report.findFirst({ where: { unitId: 'U-LAM-SON', year: 2025 }, include: { values: true } });

  it('gives a commune its template: every commune criterion with label, unit, allowed range and a validated value cell', async () => {
    const book = await template();
    const rows = rowsOf(book);
    expect(rows.has('C-COMM-DOSSIERS')).toBe(true);
    expect(
      [...rows.keys()].every((id) => id.startsWith('C-COMM-') || id.startsWith('C-ALL-') || id.startsWith('C-')),
    ).toBe(true);
    const dossiers = rows.get('C-COMM-DOSSIERS')!;
    expect(dossiers.getCell(3).value).toBe('%');
    expect(dossiers.getCell(4).value).toBe('0 – 100');
    expect(dossiers.getCell(5).dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
    });
    expect(book.getWorksheet('bao_cao')!.getCell('B3').value).toBe('U-LAM-SON');
  });

  it('tells a browser that asks for progress each phase, then the answer (here a refusal, with its problems)', async () => {
    const book = await template();
    rowsOf(book).get('C-COMM-DOSSIERS')!.getCell(5).value = 140;
    const res = await signedIn.h.app.inject({
      method: 'POST',
      url: '/api/excel/report/U-LAM-SON/2025',
      headers: {
        cookie: signedIn.cookie,
        origin: ORIGIN,
        'content-type': XLSX,
        accept: 'application/x-ndjson, application/json',
        'accept-encoding': 'gzip',
      },
      payload: Buffer.from(await book.xlsx.writeBuffer()),
    });
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    // Each line leaves as it is written: a compressed stream would hold them back.
    expect(res.headers['content-encoding']).toBeUndefined();
    const lines = res.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; phase?: string; status?: number; body?: { problems?: unknown[] } });
    expect(lines.map((l) => l.phase ?? l.type)).toEqual(['reading', 'checking', 'result']);
    expect(lines.at(-1)).toMatchObject({
      status: 422,
      body: { problems: [expect.objectContaining({ column: 'E (Giá trị)' })] },
    });
  });

  it('refuses a file with bad rows as a whole, naming each problem by row and column, and saves nothing', async () => {
    const book = await template();
    const rows = rowsOf(book);
    const [first, second, third] = [...rows.values()];
    rows.get('C-COMM-DOSSIERS')!.getCell(5).value = 120;
    first!.getCell(6).value = 'ftp://nowhere/file.pdf';
    second!.getCell(5).value = { formula: 'HYPERLINK("http://evil.example","x")' } as ExcelJS.CellFormulaValue;
    third!.getCell(1).value = 'C-NOT-A-CRITERION';
    const res = await upload(book);
    expect(res.statusCode).toBe(422);
    const { error, problems } = res.json() as {
      error: { message: string };
      problems: Array<{ sheet: string; row: number; column: string; message: string }>;
    };
    expect(error.message).toContain('chưa lưu gì');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: 'bao_cao',
          row: Number(rows.get('C-COMM-DOSSIERS')!.number),
          column: 'E (Giá trị)',
          message: expect.stringContaining('ngoài phạm vi cho phép (0 – 100)'),
        }),
        expect.objectContaining({
          row: Number(first!.number),
          column: 'F (Link minh chứng)',
          message: expect.stringContaining('http://'),
        }),
        expect.objectContaining({
          row: Number(second!.number),
          column: 'E (Giá trị)',
          message: expect.stringContaining('công thức'),
        }),
        expect.objectContaining({
          row: Number(third!.number),
          column: 'A (Mã tiêu chí)',
          message: expect.stringContaining('C-NOT-A-CRITERION'),
        }),
      ]),
    );
    expect(await savedReport()).toBeNull();
  });

  it('imports a good file as the draft, keeps the file as evidence, and the next download shows the saved values', async () => {
    const book = await template();
    const rows = rowsOf(book);
    rows.get('C-COMM-DOSSIERS')!.getCell(5).value = 72.5;
    rows.get('C-COMM-DOSSIERS')!.getCell(6).value = 'https://ninhson.gov.vn/minh-chung/ho-so.pdf';
    const booleanRow = [...rows.values()].find((r) => r.getCell(3).value === 'Có/Không');
    if (booleanRow) booleanRow.getCell(5).value = 'Có';
    const countRow = [...rows.values()].find((r) => r.getCell(3).value === '%' && r !== rows.get('C-COMM-DOSSIERS'));
    if (countRow) countRow.getCell(5).value = '61,2';
    const res = await upload(book);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { saved: number; evidenceUrl: string };
    expect(body.saved).toBeGreaterThanOrEqual(2);
    const report = await savedReport();
    expect(report?.status).toBe('draft');
    const dossiers = report?.values.find((v) => v.key === 'C-COMM-DOSSIERS');
    expect(dossiers).toMatchObject({ numberValue: 72.5, evidenceUrl: 'https://ninhson.gov.vn/minh-chung/ho-so.pdf' });
    if (countRow)
      expect(report?.values.find((v) => v.key === String(countRow.getCell(1).value))).toMatchObject({
        numberValue: 61.2,
        evidenceUrl: body.evidenceUrl,
      });
    if (booleanRow)
      expect(report?.values.find((v) => v.key === String(booleanRow.getCell(1).value))?.boolValue).toBe(true);
    const evidence = await signedIn.h.app.inject({
      url: new URL(body.evidenceUrl).pathname,
      headers: { cookie: signedIn.cookie },
    });
    expect(evidence.statusCode).toBe(200);
    expect(evidence.headers['content-type']).toBe(XLSX);
    expect(
      await signedIn.h.api.t.db.auditLog.count({ where: { action: { contains: 'report' }, entityId: report?.id } }),
    ).toBeGreaterThan(0);
    const again = rowsOf(await template());
    expect(again.get('C-COMM-DOSSIERS')!.getCell(5).value).toBe(72.5);
  });

  it('reads "85%" typed into Excel as 85, and refuses a sheet downloaded before the report was saved again', async () => {
    const stale = await template();
    const fresh = await template();
    const row = rowsOf(fresh).get('C-COMM-DOSSIERS')!;
    row.getCell(5).value = 0.85;
    // A style of its own: the loaded cells share one style object.
    row.getCell(5).style = { ...row.getCell(5).style, numFmt: '0%' };
    const ok = await upload(fresh);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await savedReport())?.values.find((v) => v.key === 'C-COMM-DOSSIERS')?.numberValue).toBe(85);
    rowsOf(stale).get('C-COMM-DOSSIERS')!.getCell(5).value = 10;
    const conflict = await upload(stale);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.message).toContain('hãy tải lại bảng tính');
    expect((await savedReport())?.values.find((v) => v.key === 'C-COMM-DOSSIERS')?.numberValue).toBe(85);
  });

  it('refuses another unit’s file and another unit’s report; writes no formula into a downloaded sheet', async () => {
    const mine = await template();
    const res = await upload(mine, 'U-MY-SON');
    expect([403, 422]).toContain(res.statusCode);
    expect(
      (await signedIn.h.app.inject({ url: '/api/excel/report/U-MY-SON/2025', headers: { cookie: signedIn.cookie } }))
        .statusCode,
    ).toBe(403);
    await signedIn.h.api.t.db.reportValue.updateMany({
      where: { key: 'C-COMM-DOSSIERS' },
      data: { note: '=HYPERLINK("http://evil.example")' },
    });
    // Text stays text: a string cell is never a formula in a workbook, and the note comes back exactly as written.
    const cell = rowsOf(await template())
      .get('C-COMM-DOSSIERS')!
      .getCell(7);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://evil.example")');
    expect(
      (await signedIn.h.app.inject({ url: '/api/excel/report/U-LAM-SON/2031', headers: { cookie: signedIn.cookie } }))
        .statusCode,
    ).toBe(400);
  });
});

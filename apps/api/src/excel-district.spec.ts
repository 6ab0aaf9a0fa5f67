// Culture's district sheet: every unit and criterion in one long table, downloaded, filled and imported in one
// transaction; a row that does not fit or a report a unit has already sent refuses the whole file.
import { testProviders } from '@thidua/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpHarness, sessionCookie, type HttpHarness } from './testing/http-harness.js';
import { signInOverHttp } from './testing/http-sign-in.js';

const providers = await testProviders();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(providers)('the district sheet on %s', (provider) => {
  let h: HttpHarness;
  let cookie = '';
  beforeAll(async () => {
    h = await createHttpHarness(provider);
    cookie = await signInOverHttp(h.app, 'vhtt');
  });
  afterAll(async () => {
    await h?.close();
  });

  const download = async () => {
    const res = await h.app.inject({ url: '/api/excel/district/2024', headers: { cookie } });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return book;
  };
  const upload = async (book: ExcelJS.Workbook) =>
    h.app.inject({
      method: 'POST',
      url: '/api/excel/district/2024',
      headers: { cookie, origin: 'https://thidua.ninhson.example', 'content-type': XLSX },
      payload: Buffer.from(await book.xlsx.writeBuffer()),
    });
  const rowFor = (book: ExcelJS.Workbook, unitId: string, key: string) => {
    let found: ExcelJS.Row | undefined;
    book.getWorksheet('so_lieu')!.eachRow((row) => {
      if (row.getCell(1).value === unitId && row.getCell(3).value === key) found = row;
    });
    return found!;
  };

  it('lists every reporting unit with each criterion of its kind, and imports filled rows into drafts in one go', async () => {
    const book = await download();
    const sheet = book.getWorksheet('so_lieu')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'unit_id',
      'unit_name',
      'criterion_id',
      'criterion_label',
      'value',
      'evidence_url',
    ]);
    rowFor(book, 'U-LAM-SON', 'C-COMM-DOSSIERS').getCell(5).value = 66.6;
    rowFor(book, 'U-MY-SON', 'C-COMM-DOSSIERS').getCell(5).value = '70,5';
    rowFor(book, 'U-LAM-SON', 'C-COL-LAUNCH').getCell(5).value = 'Có';
    const res = await upload(book);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ saved: 3, reports: 2 });
    expect(
      (
        await h.api.t.db.reportValue.findFirst({
          where: { key: 'C-COL-LAUNCH', report: { unitId: 'U-LAM-SON', year: 2024 } },
        })
      )?.boolValue,
    ).toBe(true);
    const values = await h.api.t.db.reportValue.findMany({
      where: { key: 'C-COMM-DOSSIERS', report: { year: 2024 } },
      include: { report: { select: { unitId: true, status: true } } },
    });
    expect(values.map((v) => [v.report.unitId, v.report.status, v.numberValue]).sort()).toEqual([
      ['U-LAM-SON', 'draft', 66.6],
      ['U-MY-SON', 'draft', 70.5],
    ]);
    // The district file holds every unit's figures: kept and named in the audit entry, never linked from a unit's values.
    expect(values.every((v) => v.evidenceUrl === null)).toBe(true);
    const audit = await h.api.t.db.auditLog.findFirstOrThrow({ where: { action: 'report.import_district' } });
    expect(String(audit.data)).toContain('/api/evidence/');
  });

  it('changes only the figures that differ: a unit’s other values and their notes stay', async () => {
    await h.api.t.db.reportValue.updateMany({
      where: { key: 'C-COMM-DOSSIERS', report: { unitId: 'U-LAM-SON', year: 2024 } },
      data: { note: 'Theo báo cáo quý IV' },
    });
    const book = await download();
    rowFor(book, 'U-LAM-SON', 'C-COMM-DOSSIERS').getCell(5).value = 67.5;
    rowFor(book, 'U-MY-SON', 'C-COL-LAUNCH').getCell(5).value = 'Không';
    const res = await upload(book);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ saved: 2 });
    const lamSon = await h.api.t.db.reportValue.findMany({ where: { report: { unitId: 'U-LAM-SON', year: 2024 } } });
    expect(lamSon.find((v) => v.key === 'C-COMM-DOSSIERS')).toMatchObject({
      numberValue: 67.5,
      note: 'Theo báo cáo quý IV',
    });
    expect(lamSon.find((v) => v.key === 'C-COL-LAUNCH')?.boolValue).toBe(true);
  });

  it('refuses the whole file for one bad row, naming its row and column, and for a report already submitted', async () => {
    const book = await download();
    rowFor(book, 'U-LAM-SON', 'C-COMM-DOSSIERS').getCell(5).value = 50;
    const bad = rowFor(book, 'U-MY-SON', 'C-COMM-DOSSIERS');
    bad.getCell(5).value = 130;
    const res = await upload(book);
    expect(res.statusCode).toBe(422);
    expect(res.json().problems).toEqual([
      expect.objectContaining({
        sheet: 'so_lieu',
        row: bad.number,
        column: 'E (value)',
        message: expect.stringContaining('ngoài phạm vi'),
      }),
    ]);
    bad.getCell(5).value = 71;
    await h.api.t.db.report.updateMany({ where: { unitId: 'U-MY-SON', year: 2024 }, data: { status: 'submitted' } });
    const locked = await upload(book);
    expect(locked.statusCode).toBe(412);
    expect(locked.json().error.message).toContain('U-MY-SON');
    // Neither attempt changed anything.
    expect(
      (
        await h.api.t.db.reportValue.findFirst({
          where: { key: 'C-COMM-DOSSIERS', report: { unitId: 'U-LAM-SON', year: 2024 } },
        })
      )?.numberValue,
    ).toBe(67.5);
  });

  it('streams its progress to a browser that asks for it: reading, checking, creating reports and saving with counts, then the result', async () => {
    const book = await download();
    // Two offices (the communes' reports are used by the other tests).
    rowFor(book, 'PHONG-Y-TE', 'C-DEPT-DOSSIERS').getCell(5).value = 95;
    rowFor(book, 'PHONG-GD-DT', 'C-DEPT-DOSSIERS').getCell(5).value = 97;
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/excel/district/2024',
      headers: {
        cookie,
        origin: 'https://thidua.ninhson.example',
        'content-type': XLSX,
        accept: 'application/x-ndjson, application/json',
      },
      payload: Buffer.from(await book.xlsx.writeBuffer()),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const lines = res.body
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            type: string;
            phase?: string;
            done?: number;
            total?: number;
            status?: number;
            body?: unknown;
          },
      );
    expect(
      lines.map((l) => l.phase ?? l.type),
      res.body,
    ).toEqual(['reading', 'checking', 'preparing', 'saving', 'result']);
    expect(lines[2]).toMatchObject({ phase: 'preparing', done: 2, total: 2 }); // the two offices had no 2024 report yet
    expect(lines[3]).toMatchObject({ phase: 'saving', done: 2, total: 2 });
    expect(lines.at(-1)).toMatchObject({ type: 'result', status: 200, body: { saved: 2, reports: 2 } });

    // A refused file ends its stream with the refusal and every problem.
    rowFor(book, 'PHONG-Y-TE', 'C-DEPT-DOSSIERS').getCell(5).value = 140;
    const refused = await h.app.inject({
      method: 'POST',
      url: '/api/excel/district/2024',
      headers: {
        cookie,
        origin: 'https://thidua.ninhson.example',
        'content-type': XLSX,
        accept: 'application/x-ndjson',
      },
      payload: Buffer.from(await book.xlsx.writeBuffer()),
    });
    const last = JSON.parse(refused.body.trim().split('\n').at(-1)!) as {
      status: number;
      body: { problems: Array<{ column: string }> };
    };
    expect(last.status).toBe(422);
    expect(last.body.problems[0]?.column).toBe('E (value)');
  });

  it('refuses a sheet of another year', async () => {
    const book = await download();
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/excel/district/2025',
      headers: { cookie, origin: 'https://thidua.ninhson.example', 'content-type': XLSX },
      payload: Buffer.from(await book.xlsx.writeBuffer()),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().problems[0].message).toContain('năm 2024, không phải năm 2025');
  });

  it('is for Culture only', async () => {
    const editor = await sessionCookie(h, 'xa.lamson');
    expect((await h.app.inject({ url: '/api/excel/district/2024', headers: { cookie: editor } })).statusCode).toBe(403);
    const book = await download();
    const post = await h.app.inject({
      method: 'POST',
      url: '/api/excel/district/2024',
      headers: { cookie: editor, origin: 'https://thidua.ninhson.example', 'content-type': XLSX },
      payload: Buffer.from(await book.xlsx.writeBuffer()),
    });
    expect(post.statusCode).toBe(403);
  });
});

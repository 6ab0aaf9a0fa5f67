// A sheet is made for the person who downloads it: in the language they chose (Vietnamese until they choose), with
// its problems worded the same way; and from the movement that reports its year, whichever movement runs today.
import { readFileSync } from 'node:fs';
import { ninhSonDx2021_2025 as ninhSon } from '@thidua/domain';
import { testProviders } from '@thidua/db/testing';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useSignedInHttpHarness } from './testing/http-harness.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ORIGIN = 'https://thidua.ninhson.example';
const sample = JSON.parse(
  readFileSync(new URL('../../../docs/examples/phong-trao-xa-2026-2030.json', import.meta.url), 'utf8'),
) as object;

describe.each(await testProviders())('Excel in the language of its reader on %s', (provider) => {
  const signedIn = useSignedInHttpHarness(provider, 'xa.lamson');

  const choose = async (language: 'vi' | 'en') => {
    const res = await signedIn.h.app.inject({
      method: 'POST',
      url: '/trpc/auth.setLanguage',
      headers: { cookie: signedIn.cookie, origin: ORIGIN, 'content-type': 'application/json' },
      payload: { language },
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const template = async () => {
    const res = await signedIn.h.app.inject({
      url: '/api/excel/report/U-LAM-SON/2025',
      headers: { cookie: signedIn.cookie },
    });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return book.getWorksheet('bao_cao')!;
  };
  const rowOf = (sheet: ExcelJS.Worksheet, id: string) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === id) found = row;
    });
    return found!;
  };
  const upload = async (sheet: ExcelJS.Worksheet) =>
    signedIn.h.app.inject({
      method: 'POST',
      url: '/api/excel/report/U-LAM-SON/2025',
      headers: { cookie: signedIn.cookie, origin: ORIGIN, 'content-type': XLSX },
      payload: Buffer.from(await sheet.workbook.xlsx.writeBuffer()),
    });

  it('gives an English reader an English sheet and English problems, and a Vietnamese reader the Vietnamese ones', async () => {
    const dossiers = ninhSon.criteria.find((c) => c.id === 'C-COMM-DOSSIERS')!;
    const yesNoCriterion = ninhSon.criteria.find(
      (c) => c.measure.kind === 'boolean' && c.appliesTo.includes('commune'),
    )!;

    const vietnamese = await template();
    expect(vietnamese.getRow(6).getCell(1).value).toBe('Mã tiêu chí');
    expect(rowOf(vietnamese, dossiers.id).getCell(2).value).toBe(dossiers.label.vi);

    await choose('en');
    const english = await template();
    expect(english.getRow(6).values).toEqual([
      undefined,
      'Criterion ID',
      'Criterion',
      'Unit',
      'Allowed values',
      'Value',
      'Evidence link',
      'Note',
    ]);
    expect(String(english.getCell('A1').value)).toContain(`${ninhSon.name.en}: results for 2025`);
    expect(english.getCell('A2').value).toBe('Unit');
    expect(rowOf(english, dossiers.id).getCell(2).value).toBe(dossiers.label.en);
    const yesNo = rowOf(english, yesNoCriterion.id);
    expect([yesNo.getCell(3).value, yesNo.getCell(4).value]).toEqual(['Yes/No', 'Yes or No']);
    expect(yesNo.getCell(5).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Yes,No"'],
      error: 'Allowed values: Yes or No',
    });

    rowOf(english, dossiers.id).getCell(5).value = 140;
    yesNo.getCell(5).value = 'Maybe';
    const refused = await upload(english);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().problems).toEqual(
      expect.arrayContaining([
        {
          sheet: 'bao_cao',
          row: Number(rowOf(english, dossiers.id).number),
          column: 'E (Value)',
          message: '140 is outside the allowed range (0 – 100).',
        },
        {
          sheet: 'bao_cao',
          row: Number(yesNo.number),
          column: 'E (Value)',
          message: '"Yes" or "No" is needed, not "Maybe".',
        },
      ]),
    );

    // A sheet made in English is read back in full: "Yes" is yes.
    rowOf(english, dossiers.id).getCell(5).value = 64;
    yesNo.getCell(5).value = 'Yes';
    const saved = await upload(english);
    expect(saved.statusCode, saved.body).toBe(200);
    const values = await signedIn.h.api.t.db.reportValue.findMany({
      where: { report: { unitId: 'U-LAM-SON', year: 2025 }, key: { in: [dossiers.id, yesNoCriterion.id] } },
      select: { key: true, numberValue: true, boolValue: true },
    });
    expect(Object.fromEntries(values.map((v) => [v.key, v.numberValue ?? v.boolValue]))).toEqual({
      [dossiers.id]: 64,
      [yesNoCriterion.id]: true,
    });

    // Back in Vietnamese, the same mistake is named in Vietnamese.
    await choose('vi');
    const again = await template();
    rowOf(again, dossiers.id).getCell(5).value = 140;
    expect((await upload(again)).json().problems).toEqual([
      expect.objectContaining({ column: 'E (Giá trị)', message: '140 ngoài phạm vi cho phép (0 – 100).' }),
    ]);
  });

  it('names the district import’s own checks in the importer’s language too', async () => {
    await signedIn.h.api.t.db.user.update({ where: { username: 'vhtt' }, data: { language: 'en' } });
    try {
      const culture = await signedIn.h.api.as('vhtt');
      const row = { unitId: 'U-LAM-SON', key: 'C-COMM-DOSSIERS', number: 50, bool: null, evidenceUrl: null };
      const result = await culture.reports.importDistrict({
        year: 2025,
        evidenceUrl: null,
        rows: [row, row, { ...row, key: 'C-NOT-ONE' }],
      });
      expect(result).toMatchObject({ ok: false });
      expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
        'U-LAM-SON / C-COMM-DOSSIERS is already on an earlier row.',
        expect.stringMatching(/^"C-NOT-ONE" is not a criterion of /),
      ]);
    } finally {
      await signedIn.h.api.t.db.user.update({ where: { username: 'vhtt' }, data: { language: null } });
    }
  });

  it('makes the 2025 sheet from the movement reporting 2025 while another movement opens the screens today', async () => {
    // The harness's clock is for the administrator's activation; the sheet's route reads the real date, when the
    // sample movement is the one screens open on.
    signedIn.h.api.clock.now = new Date('2026-12-05T02:00:00Z');
    const admin = await signedIn.h.api.as('quantri');
    await admin.admin.activateMovement({ definition: sample, note: 'Phong trào của xã giai đoạn 2026–2030' });
    const ids: string[] = [];
    (await template()).eachRow((row, n) => {
      if (n >= 7) ids.push(String(row.getCell(1).value));
    });
    expect(ids.sort()).toEqual(
      ninhSon.criteria
        .filter((c) => c.appliesTo.includes('commune'))
        .map((c) => c.id)
        .sort(),
    );
  });
});

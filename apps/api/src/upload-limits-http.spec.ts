// Uploads against the running server: a zip bomb and a sheet of 200,000 rows sent as imports get a clear 422 and save
// nothing; an account that sends more files than its quota is told the limit with 429, and other accounts go on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LIMITS } from '@thidua/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpHarness, type HttpHarness } from './testing/http-harness.js';
import { signInOverHttp } from './testing/http-sign-in.js';
import { sheetXml, zipOf } from '@thidua/spreadsheets/testing';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const APP = 'https://thidua.ninhson.example';
const PDF = (i: number) => Buffer.from(`%PDF-1.4\n% Minh chứng số ${i}\n%%EOF\n`);

describe('upload limits over HTTP', () => {
  let h: HttpHarness;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-upload-limits-'));
    h = await createHttpHarness('sqlite', { EVIDENCE_DIR: dir });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const changes = () => h.api.t.db.auditLog.count();
  const importReport = (cookie: string, file: Buffer) =>
    h.app.inject({
      method: 'POST',
      url: '/api/excel/report/U-LAM-SON/2025',
      headers: { cookie, origin: APP, 'content-type': XLSX },
      payload: file,
    });

  it('refuses a zip bomb sent as a commune’s report with 422 and its reason, and saves nothing', async () => {
    const cookie = await signInOverHttp(h.app, 'xa.lamson');
    const before = await changes();
    const bomb = zipOf([{ name: 'xl/media/image1.png', data: Buffer.alloc(256 * 1024 * 1024) }]);
    const res = await importReport(cookie, bomb);
    expect(res.statusCode).toBe(422);
    expect(res.json().problems[0].message).toBe(
      'Tệp giải nén ra hơn 64 MB, quá giới hạn: đây không phải bảng tính tải từ hệ thống.',
    );
    expect(await changes()).toBe(before);
  });

  it('refuses a district sheet of 200,000 rows with 422 naming the row limit, and saves nothing', async () => {
    const cookie = await signInOverHttp(h.app, 'vhtt');
    const before = await changes();
    const rows = Array.from(
      { length: 200_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/excel/district/2024',
      headers: { cookie, origin: APP, 'content-type': XLSX },
      payload: zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(rows) }]),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().problems[0].message).toContain('có hơn 100.100 dòng, quá giới hạn');
    expect(await changes()).toBe(before);
  });

  it('stops an account at its quota of files an hour, naming it, while another account goes on', async () => {
    const editor = await signInOverHttp(h.app, 'xa.myson');
    const upload = (cookie: string, i: number) =>
      h.app.inject({
        method: 'POST',
        url: '/api/evidence',
        headers: { cookie, 'content-type': 'application/pdf', origin: APP, 'x-file-name': `minh-chung-${i}.pdf` },
        payload: PDF(i),
      });
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.uploadsPerAccount.limit; i++) statuses.push((await upload(editor, i)).statusCode);
    expect(statuses.filter((s) => s !== 201 && s !== 200)).toEqual([]);
    const refused = await upload(editor, -1);
    expect([refused.statusCode, Number(refused.headers['retry-after']) > 0]).toEqual([429, true]);
    expect(refused.json().error.message).toContain(
      `Tài khoản đã gửi ${LIMITS.uploadsPerAccount.limit} tệp trong một giờ`,
    );
    expect((await upload(await signInOverHttp(h.app, 'xa.lamson'), 1)).statusCode).toBeLessThan(300);
  });

  it('refuses an upload that does not state its length, which the byte quota could not count first', async () => {
    const cookie = await signInOverHttp(h.app, 'xa.lamson');
    // A streamed body goes out chunked, with no Content-Length.
    const chunked = await h.app.inject({
      method: 'POST',
      url: '/api/evidence',
      headers: { cookie, 'content-type': 'application/pdf', origin: APP },
      payload: Readable.from([PDF(7)]),
    });
    expect([chunked.statusCode, chunked.json().error.code]).toEqual([411, 'LENGTH_REQUIRED']);
  });
});

// A Home Affairs officer downloads the award decision and a certificate as PDF; poppler reads them back; the code
// printed on the certificate checks out through the public API. Nobody else gets them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testProviders } from '@thidua/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpHarness, type HttpHarness } from './testing/http-harness.js';
import { signInOverHttp } from './testing/http-sign-in.js';
import { ninhSonDx2021_2025 } from '@thidua/domain';

const NINH_SON = ninhSonDx2021_2025.id;

const providers = await testProviders();
const dir = mkdtempSync(join(tmpdir(), 'thidua-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdfText = (name: string, body: Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, body);
  return {
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf-8' }).replace(/\s+/g, ' '),
    info: execFileSync('pdfinfo', [file], { encoding: 'utf-8' }),
  };
};

describe.each(providers)('documents over HTTP on %s', (provider) => {
  let h: HttpHarness;
  let decisionId = '';
  beforeAll(async () => {
    h = await createHttpHarness(provider, { PUBLIC_URL: 'https://thidua.ninhson.example' });
    const db = h.api.t.db;
    await db.nomination.create({
      data: {
        id: 'N-HTTP-PERSON',
        movementId: NINH_SON,
        reviewId: 'R-FINAL',
        awardClass: 'individual',
        personId: 'P-NGUYEN-VAN-AN',
        proposedByUnitId: 'U-LAM-SON',
        proposedBy: 'test',
        achievements: 'Sáng kiến số hóa hồ sơ địa chính',
        status: 'voted',
        eligibleSnapshot: true,
      },
    });
    // The decision is recorded once signed: the clock is on its date.
    h.api.clock.now = new Date('2026-01-05T03:00:00Z');
    decisionId = (
      await (
        await h.api.as('chutich')
      ).decisions.create({
        reviewId: 'R-FINAL',
        number: '3125/QĐ-UBND',
        date: '2026-01-05',
        signer: 'Đặng Quốc Bảo',
        nominationIds: ['N-HTTP-PERSON'],
      })
    ).decisionId;
  });
  afterAll(async () => {
    await h?.close();
  });

  const signIn = (username: string) => signInOverHttp(h.app, username);

  it('gives Home Affairs the decision and the certificate as A4 PDFs with the national motto, the awardee and a code the public API confirms', async () => {
    const cookie = await signIn('noivu');
    const decision = await h.app.inject({
      method: 'POST',
      url: `/api/documents/award-decision/${decisionId}`,
      headers: { cookie },
    });
    expect(decision.statusCode).toBe(200);
    expect(decision.headers['content-type']).toBe('application/pdf');
    expect(decision.headers['content-disposition']).toContain('Quyet-dinh-3125-QD-UBND.pdf');
    const d = pdfText('decision.pdf', decision.rawPayload);
    expect(d.text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(d.text).toContain('Số: 3125/QĐ-UBND');
    expect(d.text).toContain('Nguyễn Văn An');
    expect(d.info).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);

    const certificate = await h.app.inject({
      method: 'POST',
      url: '/api/documents/certificate/N-HTTP-PERSON',
      headers: { cookie },
    });
    expect(certificate.statusCode).toBe(200);
    const c = pdfText('certificate.pdf', certificate.rawPayload);
    expect(c.text).toContain('TẶNG GIẤY KHEN');
    const code = /Mã xác minh: ([0-9A-Z]{5}-[0-9A-Z]{5})/.exec(c.text)?.[1] ?? '';
    expect(c.text).toContain(`https://thidua.ninhson.example/api/public/documents/${code}`);
    const check = await h.app.inject({ url: `/api/public/documents/${code}` });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({
      valid: true,
      kind: 'certificate',
      subject: 'Nguyễn Văn An',
      reference: '3125/QĐ-UBND',
      issuedOn: '2026-01-05',
    });
    expect(check.body).not.toContain('example.invalid');
    expect((await h.app.inject({ url: '/api/public/documents/ZZZZZ-ZZZZZ' })).statusCode).toBe(404);
    expect((await h.app.inject({ url: '/api/public/documents/not-a-code' })).statusCode).toBe(400);

    // A phone that scanned the QR code gets a page a person can read.
    const html = { accept: 'text/html,application/xhtml+xml' };
    const page = await h.app.inject({ url: `/api/public/documents/${code}`, headers: html });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    for (const words of ['Văn bản hợp lệ', 'Giấy khen', 'Nguyễn Văn An', '3125/QĐ-UBND', '05/01/2026'])
      expect(page.body).toContain(words);
    const unknown = await h.app.inject({ url: '/api/public/documents/ZZZZZ-ZZZZZ', headers: html });
    expect([unknown.statusCode, unknown.body.includes('Không tìm thấy văn bản')]).toEqual([404, true]);
    const hostile = await h.app.inject({
      url: `/api/public/documents/${encodeURIComponent('<script>x</script>')}`,
      headers: html,
    });
    expect(hostile.statusCode).toBe(400);
    expect(hostile.body).not.toContain('<script>');
  });

  it('issues a document only on POST: a GET (a link, a prefetch) is refused and records nothing', async () => {
    const cookie = await signIn('noivu');
    const issued = () => h.api.t.db.issuedDocument.count();
    const before = await issued();
    const get = await h.app.inject({ url: '/api/documents/review-report/R-FINAL', headers: { cookie } });
    expect([get.statusCode, get.headers.allow, get.json().error.message]).toEqual([
      405,
      'POST',
      expect.stringContaining('Tải PDF'),
    ]);
    expect(await issued()).toBe(before);
    const foreign = await h.app.inject({
      method: 'POST',
      url: '/api/documents/review-report/R-FINAL',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(await issued()).toBe(before);
    expect(
      (await h.app.inject({ method: 'POST', url: '/api/documents/review-report/R-FINAL', headers: { cookie } }))
        .statusCode,
    ).toBe(200);
    expect(await issued()).toBe(before + 1);
  });

  it('refuses the signed-out, a commune editor, and a link from another site, with a readable reason', async () => {
    const anonymous = await h.app.inject({ method: 'POST', url: `/api/documents/award-decision/${decisionId}` });
    expect(anonymous.statusCode).toBe(401);
    const editor = await h.app.inject({
      method: 'POST',
      url: `/api/documents/award-decision/${decisionId}`,
      headers: { cookie: await signIn('xa.lamson') },
    });
    expect(editor.statusCode).toBe(403);
    expect(editor.json().error.message).toContain('Vai trò của bạn không được thực hiện thao tác này');
    const crossSite = await h.app.inject({
      method: 'POST',
      url: `/api/documents/award-decision/${decisionId}`,
      headers: { cookie: await signIn('noivu'), 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    // A review the movement does not have is named as missing.
    const other = await h.app.inject({
      method: 'POST',
      url: '/api/documents/review-report/R-OTHER',
      headers: { cookie: await signIn('vhtt') },
    });
    expect([other.statusCode, other.json().error.message]).toEqual([404, expect.stringContaining('R-OTHER')]);
  });

  it('gives Culture the final review report', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/documents/review-report/R-FINAL',
      headers: { cookie: await signIn('vhtt') },
    });
    expect(res.statusCode).toBe(200);
    const r = pdfText('review.pdf', res.rawPayload);
    expect(r.text).toContain('BÁO CÁO');
    expect(r.text).toContain('VII. ĐỀ XUẤT, KIẾN NGHỊ');
    expect(r.text).toContain('T-G3-EPAYMENT');
  });

  it('gives a commune editor its own yearly report and Culture the district’s, and refuses a year outside the plan', async () => {
    const editor = await signIn('xa.lamson');
    const own = await h.app.inject({
      method: 'POST',
      url: '/api/documents/unit-year-report/U-LAM-SON/2025',
      headers: { cookie: editor },
    });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-disposition']).toContain('Bao-cao-nam-2025-xa-Lam-Son.pdf');
    const u = pdfText('unit-year.pdf', own.rawPayload);
    for (const words of [
      'XÃ LÂM SƠN',
      'BÁO CÁO',
      'năm 2025',
      'I. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ THI ĐUA',
      'C-COMM-DOSSIERS',
      'DỰ THẢO',
    ])
      expect(u.text).toContain(words);
    expect(
      (
        await h.app.inject({
          method: 'POST',
          url: '/api/documents/unit-year-report/U-MY-SON/2025',
          headers: { cookie: editor },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await h.app.inject({
          method: 'POST',
          url: '/api/documents/unit-year-report/U-LAM-SON/2030',
          headers: { cookie: editor },
        })
      ).json().error.message,
    ).toContain('Năm 2030 không phải năm báo cáo của phong trào (2022–2025)');

    const district = await h.app.inject({
      method: 'POST',
      url: '/api/documents/district-year-report/2024',
      headers: { cookie: await signIn('vhtt') },
    });
    expect(district.statusCode).toBe(200);
    const d = pdfText('district-year.pdf', district.rawPayload);
    expect(d.text).toContain('năm 2024');
    expect(d.text).toContain('IV. XẾP HẠNG THI ĐUA');
    expect(d.text).toContain('Năm 2024 không có đợt sơ kết, tổng kết');
  });
});

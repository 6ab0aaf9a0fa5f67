// Each document rendered and read back by poppler (as a reader's PDF viewer would): its words, its page size, its
// embedded font; and the same data gives the same file and code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderAwardDecision, renderCertificate, renderReviewReport, renderUnitYearReport } from './index.js';
import { AWARDEES, certificateModel, decisionModel, reviewModel, unitYearModel } from './testing/sample-models.js';
import { CODE_PATTERN, verificationCode } from './verification.js';

const dir = mkdtempSync(join(tmpdir(), 'thidua-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (name: string, pdf: Buffer) => {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf-8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf-8' });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf-8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  /** The first words of page n, as read from the top. */
  const pageStart = (n: number) =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf-8' })
      .trim()
      .split(/\s+/)
      .slice(0, 3)
      .join(' ');
  const pageText = (n: number) =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf-8' });
  return {
    pageText,
    text: text.replace(/\s+/g, ' '),
    pages,
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    fonts,
    pageStart,
  };
};
const verification = (code: string) => ({ code, url: `https://thidua.ninhson.example/api/public/documents/${code}` });

describe('the award decision', () => {
  it('is an A4 portrait document in the Decree 30 layout: national name and motto, number and date line, title, articles, recipients, signer, and the list of awardees', async () => {
    const code = verificationCode('award-decision', decisionModel());
    const doc = read('decision', await renderAwardDecision(decisionModel(), verification(code)));
    expect([doc.width, doc.height]).toEqual([595.28, 841.89]);
    for (const words of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN',
      'HUYỆN NINH SƠN',
      'Số: 3125/QĐ-UBND',
      'Ninh Sơn, ngày 05 tháng 01 năm 2026',
      'QUYẾT ĐỊNH',
      'Điều 1.',
      'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho 2 tập thể và 1 cá nhân',
      'tập thể 2/10, cá nhân 1/10',
      'Nơi nhận:',
      'CHỦ TỊCH',
      'Đặng Quốc Bảo',
      'DANH SÁCH',
      'Thị trấn Tân Sơn',
      'Bùi Thanh Sơn',
      '(Kèm theo Quyết định số 3125/QĐ-UBND ngày 05/01/2026)',
      `Mã xác minh: ${code}`,
      `api/public/documents/${code}`,
    ]) {
      expect(doc.text).toContain(words);
    }
    expect(doc.pages).toBe(2);
    // The Times-compatible font travels inside the file, subset.
    expect(doc.fonts).toMatch(/Tinos/);
    expect(doc.fonts).toMatch(/yes\s+yes/);
  });

  it('prints a deputy’s signature for the Chairman as Decree 30 asks: "KT. CHỦ TỊCH" above "PHÓ CHỦ TỊCH"', async () => {
    const model = { ...decisionModel(), signer: { authority: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Nguyễn Văn Phó' } };
    const doc = read('decision-kt', await renderAwardDecision(model, verification('KKKKK-KKKKK')));
    const at = (words: string) => doc.text.indexOf(words);
    expect(at('KT. CHỦ TỊCH')).toBeGreaterThan(0);
    expect(at('PHÓ CHỦ TỊCH')).toBeGreaterThan(at('KT. CHỦ TỊCH'));
    expect(at('Nguyễn Văn Phó')).toBeGreaterThan(at('PHÓ CHỦ TỊCH'));
  });

  it('states a very long achievement in brief, so every row of the list fits on its page', async () => {
    const long = [
      { ...AWARDEES[0]!, achievements: `${'Hoàn thành xuất sắc nhiệm vụ chuyển đổi số '.repeat(200)}KẾT-THÚC` },
    ];
    const doc = read('decision-long', await renderAwardDecision(decisionModel(long), verification('DDDDD-DDDDD')));
    expect(doc.pages).toBe(2);
    expect(doc.text).not.toContain('KẾT-THÚC');
    expect(doc.text).toContain('…');
  });

  it('runs the list onto more pages for many awardees, repeating the table header', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...AWARDEES[0]!, name: `Đơn vị số ${i + 1}` }));
    const doc = read('decision-many', await renderAwardDecision(decisionModel(many), verification('AAAAA-AAAAA')));
    expect(doc.pages).toBeGreaterThan(3);
    expect(doc.text.match(/Tên tập thể/g)?.length).toBe(doc.pages - 1);
  });

  it('is reproducible: the same data gives the same bytes and the same code; other data another code', async () => {
    const a = await renderAwardDecision(decisionModel(), verification('X'));
    const b = await renderAwardDecision(decisionModel(), verification('X'));
    expect(a.equals(b)).toBe(true);
    expect(verificationCode('award-decision', decisionModel())).toBe(
      verificationCode('award-decision', JSON.parse(JSON.stringify(decisionModel()))),
    );
    expect(verificationCode('award-decision', decisionModel())).toMatch(CODE_PATTERN);
    expect(verificationCode('award-decision', decisionModel(AWARDEES.slice(1)))).not.toBe(
      verificationCode('award-decision', decisionModel()),
    );
    expect(verificationCode('certificate', decisionModel())).not.toBe(
      verificationCode('award-decision', decisionModel()),
    );
  });
});

describe('the QR code on every document', () => {
  it('opens the verification address when scanned, as a phone would read the printed page', async () => {
    const scan = (name: string, pdf: Buffer) => {
      writeFileSync(join(dir, `${name}.pdf`), pdf);
      execFileSync('pdftoppm', ['-r', '200', '-png', '-singlefile', join(dir, `${name}.pdf`), join(dir, name)]);
      return execFileSync('zbarimg', ['--raw', '-q', join(dir, `${name}.png`)], {
        encoding: 'utf-8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    };
    expect(scan('qr-certificate', await renderCertificate(certificateModel(), verification('QRQRQ-QRQRQ')))).toBe(
      'https://thidua.ninhson.example/api/public/documents/QRQRQ-QRQRQ',
    );
    expect(scan('qr-report', await renderReviewReport(reviewModel(), verification('RRRRR-RRRRR')))).toBe(
      'https://thidua.ninhson.example/api/public/documents/RRRRR-RRRRR',
    );
  });
});

describe('the certificate of merit (Giấy khen)', () => {
  it('is one A4 landscape page naming the awardee, the decision and its date', async () => {
    const doc = read('certificate', await renderCertificate(certificateModel(), verification('BBBBB-BBBBB')));
    expect([doc.width, doc.height]).toEqual([841.89, 595.28]);
    expect(doc.pages).toBe(1);
    for (const words of [
      'TẶNG GIẤY KHEN',
      'Bùi Thanh Sơn',
      'Văn phòng HĐND và UBND huyện',
      'Quyết định số 3125/QĐ-UBND, ngày 05/01/2026',
      'Số vào sổ: 3125-03',
      'Ninh Sơn, ngày 05 tháng 01 năm 2026',
      'Mã xác minh: BBBBB-BBBBB',
    ])
      expect(doc.text).toContain(words);
  });
});

describe('the final review report', () => {
  it('covers every target and criterion, reporting, rankings, awards, what is behind and proposals, on numbered A4 pages', async () => {
    const model = reviewModel();
    const doc = read('review', await renderReviewReport(model, verification('CCCCC-CCCCC')));
    expect([doc.width, doc.height]).toEqual([595.28, 841.89]);
    for (const t of model.targets) expect(doc.text).toContain(t.id);
    for (const c of model.criteria) expect(doc.text).toContain(c.id);
    expect(doc.text).not.toContain('(Đã ký)');
    for (const words of [
      'DỰ THẢO',
      'BÁO CÁO',
      'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      'IV. XẾP HẠNG THI ĐUA',
      'VI. TỒN TẠI, HẠN CHẾ',
      'VII. ĐỀ XUẤT, KIẾN NGHỊ',
      '61,2%',
    ])
      expect(doc.text).toContain(words);
    expect(doc.pages).toBeGreaterThanOrEqual(3);
    // Decree 30: no number on the first page; from the second, the number at the top centre.
    expect(doc.pageStart(1)).toBe('ỦY BAN NHÂN');
    for (let n = 2; n <= doc.pages; n++) expect(doc.pageStart(n).split(' ')[0]).toBe(String(n));
    // A table that starts at the foot of a page carries its header over once, not twice.
    for (let n = 1; n <= doc.pages; n++)
      expect(doc.pageText(n).match(/Đối tượng/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('a unit’s yearly report', () => {
  it('is in the unit’s own name, with every criterion, its standing, its reporting, what is behind and its proposals', async () => {
    const model = unitYearModel();
    const doc = read('unit-year', await renderUnitYearReport(model, verification('EEEEE-EEEEE')));
    expect([doc.width, doc.height]).toEqual([595.28, 841.89]);
    for (const words of [
      'ỦY BAN NHÂN DÂN',
      'XÃ LÂM SƠN',
      'Lâm Sơn, ngày 10 tháng 12 năm 2025',
      'BÁO CÁO',
      'năm 2025',
      'Đạt 1/2 tiêu chí',
      'C-COMM-DOSSIERS',
      '72% (yêu cầu ≥ 70%)',
      'C-COMM-EPAYMENT',
      'Chưa đạt',
      'xếp thứ 3/8',
      'nộp đúng hạn',
      'IV. TỒN TẠI, HẠN CHẾ',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
      'TM. ỦY BAN NHÂN DÂN',
      'Nguyễn Văn Hải',
      'Mã xác minh: EEEEE-EEEEE',
    ]) {
      expect(doc.text).toContain(words);
    }
    expect(doc.text).not.toContain('DỰ THẢO');
    expect(doc.text).not.toContain('(Đã ký)'); // the unit signs the printout
    const draft = read(
      'unit-year-draft',
      await renderUnitYearReport({ ...model, draft: true }, verification('EEEEE-EEEEE')),
    );
    expect(draft.text).toContain('DỰ THẢO');
  });
});

describe('a document issued by the demo', () => {
  it('says "DỮ LIỆU MẪU / DEMO" on every page, keeps its text in order and its QR code readable; a real one never says it', async () => {
    const demo = { ...verification('DDDDD-DDDDD'), demo: true };
    const many = decisionModel(Array.from({ length: 60 }, (_, i) => ({ ...AWARDEES[0]!, name: `Đơn vị số ${i + 1}` })));
    const decision = read('demo-decision', await renderAwardDecision(many, demo));
    expect(decision.pages).toBeGreaterThan(1);
    for (let n = 1; n <= decision.pages; n++) expect(decision.pageText(n)).toContain('DỮ LIỆU MẪU / DEMO');
    expect(decision.text).toContain('Mã xác minh: DDDDD-DDDDD');
    const certificate = read('demo-certificate', await renderCertificate(certificateModel(), demo));
    expect(certificate.text).toContain('DỮ LIỆU MẪU / DEMO');
    // Read in order, as a screen reader or a copy would: the mark interleaves no letters with the text.
    const plain = execFileSync('pdftotext', [join(dir, 'demo-certificate.pdf'), '-'], { encoding: 'utf-8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(plain).toContain('TẶNG GIẤY KHEN Bùi Thanh Sơn Văn phòng HĐND và UBND huyện');
    writeFileSync(join(dir, 'demo-report.pdf'), await renderReviewReport(reviewModel(), demo));
    execFileSync('pdftoppm', [
      '-r',
      '200',
      '-png',
      '-singlefile',
      join(dir, 'demo-report.pdf'),
      join(dir, 'demo-report'),
    ]);
    expect(
      execFileSync('zbarimg', ['--raw', '-q', join(dir, 'demo-report.png')], {
        encoding: 'utf-8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim(),
    ).toBe(demo.url);
    expect(
      read('real-certificate', await renderCertificate(certificateModel(), verification('EEEEE-EEEEE'))).text,
    ).not.toContain('DỮ LIỆU MẪU');
  });
});

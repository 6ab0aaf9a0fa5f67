// Office files from the UI. Home Affairs: the interim review's award decision and a certificate as PDF, read back
// with poppler; the certificate's code checks out on the public API; the review report too. A commune editor: the
// report's Excel sheet downloaded, filled in, refused with its problems listed, then imported.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserContext } from './browser.js';
import { signIn } from './support/sign-in.js';
import { startTestProduct, type TestProduct } from './support/test-product.js';

let product: TestProduct;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  product = await startTestProduct();
  browser = await launchBrowser();
  page = await (await newUserContext(browser)).newPage();
});

afterAll(async () => {
  await browser?.close();
  await product?.dispose();
});

const downloadText = async (click: () => Promise<void>) => {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const path = await download.path();
  return {
    name: download.suggestedFilename(),
    text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf-8' }).replace(/\s+/g, ' '),
    info: execFileSync('pdfinfo', [path], { encoding: 'utf-8' }),
  };
};

describe('award documents from the UI', () => {
  it('Home Affairs downloads the decision and a certificate of the interim review, and the code on the certificate is genuine', async () => {
    await signIn(page, product.shell.url, 'noivu');
    await page.getByRole('link', { name: 'Quyết định khen thưởng' }).click();
    await page.getByRole('combobox', { name: 'Đợt' }).selectOption('R-INTERIM');
    const documents = page.getByTestId('decision-documents');
    await documents.locator('[data-decision="2150/QĐ-UBND"]').waitFor();

    const decision = await downloadText(() =>
      documents.getByRole('button', { name: 'Tải quyết định 2150/QĐ-UBND' }).click(),
    );
    expect(decision.name).toMatch(/\.pdf$/);
    expect(decision.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decision.text).toContain('Số: 2150/QĐ-UBND');
    expect(decision.text).toContain('Bùi Thanh Sơn');
    expect(decision.info).toContain('(A4)');

    const certificate = await downloadText(() =>
      documents.getByRole('button', { name: 'Giấy khen: Bùi Thanh Sơn' }).click(),
    );
    expect(certificate.text).toContain('TẶNG GIẤY KHEN');
    expect(certificate.text).toContain('Bùi Thanh Sơn');
    const code = /Mã xác minh: ([0-9A-Z]{5}-[0-9A-Z]{5})/.exec(certificate.text)?.[1];
    expect(code).toBeDefined();
    const check = await (await fetch(`${product.api.url}/api/public/documents/${code}`)).json();
    expect(check).toMatchObject({
      valid: true,
      kind: 'certificate',
      subject: 'Bùi Thanh Sơn',
      reference: '2150/QĐ-UBND',
    });

    const report = await downloadText(() => documents.getByRole('button', { name: 'Tải báo cáo R-INTERIM' }).click());
    expect(report.text).toContain('BÁO CÁO');
    expect(report.text).toContain(
      'Sơ kết Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” trên địa bàn huyện Ninh Sơn',
    );
    expect(report.text).toContain('DỰ THẢO');
  });
});

describe('yearly reports as PDF', () => {
  it('a commune editor downloads its own yearly report, and Culture the district’s', async () => {
    const editor = await (await newUserContext(browser)).newPage();
    page = editor;
    // A commune formed by the 2025 merge: its report says what it was formed from and carries.
    await signIn(editor, product.shell.url, 'xa.ninhson1');
    await editor.getByRole('link', { name: 'Đơn vị của tôi' }).click();
    const own = await downloadText(() => editor.getByRole('button', { name: 'Tải báo cáo năm 2025 (PDF)' }).click());
    expect(own.name).toMatch(/\.pdf$/);
    for (const words of [
      'XÃ NINH SƠN 1',
      'BÁO CÁO',
      'năm 2025',
      'C-COMM-DOSSIERS',
      'Mã xác minh:',
      'được thành lập từ ngày 01/07/2025 trên cơ sở thị trấn Tân Sơn, xã Quảng Sơn',
    ])
      expect(own.text).toContain(words);
    expect(own.info).toContain('(A4)');

    const culture = await (await newUserContext(browser)).newPage();
    page = culture;
    await signIn(culture, product.shell.url, 'vhtt');
    await culture.getByRole('link', { name: 'Kiểm tra, duyệt báo cáo' }).click();
    const district = await downloadText(() =>
      culture.getByRole('button', { name: 'Báo cáo toàn huyện năm 2025 (PDF)' }).click(),
    );
    for (const words of ['HUYỆN NINH SƠN', 'năm 2025', 'IV. XẾP HẠNG THI ĐUA', 'Nơi nhận:'])
      expect(district.text).toContain(words);
  });
});

describe('the yearly report through Excel', () => {
  it('a commune editor downloads the sheet, gets a file with a bad row back with the row and column named, then imports the corrected file', async () => {
    const editor = await (await newUserContext(browser)).newPage();
    page = editor;
    await signIn(editor, product.shell.url, 'xa.nhonson');
    await editor.getByRole('link', { name: 'Đơn vị của tôi' }).click();
    const card = editor.getByTestId('report-excel');
    await card.waitFor();
    const [download] = await Promise.all([
      editor.waitForEvent('download', { timeout: 30_000 }),
      card.getByRole('button', { name: 'Tải bảng tính Excel' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.getWorksheet('bao_cao')!;
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, n) => n >= 7 && rows.push(row));
    expect(rows.length).toBeGreaterThan(3);
    // A good value for each row's stated range, as an officer would type it.
    for (const row of rows) {
      const range = String(row.getCell(4).value);
      const [, low, high] = /^(\d+) – (\d+)$/.exec(range) ?? [];
      row.getCell(5).value = range.includes('Có')
        ? 'Có'
        : high
          ? low === '1'
            ? 1
            : Math.round(Number(high) * 0.95)
          : range.startsWith('≥ 1')
            ? 1
            : 12;
    }
    const percentRow = rows.find((r) => r.getCell(3).value === '%')!;
    percentRow.getCell(5).value = 150;
    const bad = join(tmpdir(), `bao-cao-sai-${Date.now()}.xlsx`);
    writeFileSync(bad, Buffer.from(await book.xlsx.writeBuffer()));
    await card.getByLabel('Nhập từ tệp Excel (.xlsx)').setInputFiles(bad);
    const problems = card.getByTestId('excel-problems');
    await problems.waitFor({ timeout: 30_000 });
    expect(await problems.locator('tbody tr').count()).toBe(1);
    expect(await problems.locator('tbody tr td').allTextContents()).toEqual([
      'bao_cao',
      String(percentRow.number),
      'E (Giá trị)',
      expect.stringContaining('ngoài phạm vi cho phép (0 – 100)'),
    ]);

    percentRow.getCell(5).value = 95;
    const good = join(tmpdir(), `bao-cao-${Date.now()}.xlsx`);
    writeFileSync(good, Buffer.from(await book.xlsx.writeBuffer()));
    await card.getByLabel('Nhập từ tệp Excel (.xlsx)').setInputFiles(good);
    await card.getByText(/Đã nhập \d+ dòng vào bản nháp/).waitFor({ timeout: 30_000 });
    // The form above now shows the imported values, ready to be checked and submitted.
    const form = editor.getByTestId('report-form');
    await expect
      .poll(() =>
        form
          .locator(`tr[data-criterion="${String(percentRow.getCell(1).value)}"] input[inputmode="decimal"]`)
          .inputValue(),
      )
      .toBe('95');
  });
});

describe('Excel in the language the person chose', () => {
  it('a commune editor who switches to English gets an English sheet and English problems, and the choice follows the account to another browser', async () => {
    const editor = await (await newUserContext(browser)).newPage();
    page = editor;
    await signIn(editor, product.shell.url, 'xa.nhonson');
    // The choice is kept on the account before anything is made for it.
    await Promise.all([
      editor.waitForResponse((r) => r.url().includes('/trpc/auth.setLanguage') && r.ok()),
      editor.getByRole('button', { name: 'English', exact: true }).click(),
    ]);
    await editor.getByRole('link', { name: 'My unit' }).click();
    const card = editor.getByTestId('report-excel');
    const [download] = await Promise.all([
      editor.waitForEvent('download', { timeout: 30_000 }),
      card.getByRole('button', { name: 'Download the Excel sheet' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.getWorksheet('bao_cao')!;
    expect(sheet.getRow(6).getCell(5).value).toBe('Value');
    let percentRow: ExcelJS.Row | undefined;
    sheet.eachRow((row, n) => {
      if (n >= 7 && !percentRow && row.getCell(3).value === '%') percentRow = row;
    });
    percentRow!.getCell(5).value = 150;
    const bad = join(tmpdir(), `report-wrong-${Date.now()}.xlsx`);
    writeFileSync(bad, Buffer.from(await book.xlsx.writeBuffer()));
    await card.getByLabel('Import an Excel file (.xlsx)').setInputFiles(bad);
    const problems = card.getByTestId('excel-problems');
    await problems.waitFor({ timeout: 30_000 });
    expect(await problems.locator('tbody tr td').allTextContents()).toEqual([
      'bao_cao',
      String(percentRow!.number),
      'E (Value)',
      '150 is outside the allowed range (0 – 100).',
    ]);

    // Another browser, with no choice of its own, opens in the account's language once signed in.
    const elsewhere = await (await newUserContext(browser)).newPage();
    await signIn(elsewhere, product.shell.url, 'xa.nhonson');
    await elsewhere.getByRole('button', { name: 'Tiếng Việt', exact: true }).waitFor();
    await Promise.all([
      elsewhere.waitForResponse((r) => r.url().includes('/trpc/auth.setLanguage') && r.ok()),
      elsewhere.getByRole('button', { name: 'Tiếng Việt', exact: true }).click(),
    ]);
    await elsewhere.getByRole('button', { name: 'English', exact: true }).waitFor();
    await elsewhere.close();
  });
});

describe('a sector office through Excel', () => {
  it('the health office downloads its sheet, fills every commune, imports it, and the grid shows the figures', async () => {
    const office = await (await newUserContext(browser)).newPage();
    page = office;
    await signIn(office, product.shell.url, 'yte');
    await office.getByRole('link', { name: 'Y tế' }).click();
    const card = office.getByTestId('sector-excel');
    await card.waitFor();
    const [download] = await Promise.all([
      office.waitForEvent('download', { timeout: 30_000 }),
      card.getByRole('button', { name: 'Tải bảng tính Excel của ngành' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const rows: ExcelJS.Row[] = [];
    book.getWorksheet('bao_cao_nganh')!.eachRow((row, n) => n >= 7 && rows.push(row));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows)
      row.getCell(7).value =
        row.getCell(6).value === '0 – 100' ? 88 : row.getCell(6).value === 'Có hoặc Không' ? 'Có' : 25;
    rows[0]!.getCell(9).value = 'Số liệu của trạm y tế xã, đã đối chiếu sổ khám';
    const file = join(tmpdir(), `nganh-y-te-${Date.now()}.xlsx`);
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    await card.getByLabel('Nhập từ tệp Excel (.xlsx)').setInputFiles(file);
    await card
      .getByText(`Đã nhập ${rows.length} số liệu vào bản nháp của ngành.`, { exact: false })
      .waitFor({ timeout: 30_000 });
    const entry = office.getByTestId('sector-entry');
    await expect.poll(() => entry.locator('input[inputmode="decimal"]').first().inputValue()).toMatch(/^(88|25)$/);

    // A correction on screen keeps the note the sheet gave that figure.
    await entry.locator('input[inputmode="decimal"]').last().fill('20');
    await entry.getByRole('button', { name: 'Lưu', exact: true }).click();
    await entry.getByText('Đã lưu bản nháp.').waitFor();
    const [again] = await Promise.all([
      office.waitForEvent('download', { timeout: 30_000 }),
      card.getByRole('button', { name: 'Tải bảng tính Excel của ngành' }).click(),
    ]);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(await again.path());
    expect(reread.getWorksheet('bao_cao_nganh')!.getRow(Number(rows[0]!.number)).getCell(9).value).toBe(
      'Số liệu của trạm y tế xã, đã đối chiếu sổ khám',
    );
  });
});

describe('the district sheet', () => {
  it('Culture downloads the district sheet, fills a figure for a unit whose report is still a draft, and imports it', async () => {
    const culture = await (await newUserContext(browser)).newPage();
    page = culture;
    await signIn(culture, product.shell.url, 'vhtt');
    await culture.getByRole('link', { name: 'Kiểm tra, duyệt báo cáo' }).click();
    // Any table on screen goes to Excel as shown: the review queue, here.
    await culture.getByTestId('review-queue').locator('tbody tr').first().waitFor();
    const [csv] = await Promise.all([
      culture.waitForEvent('download'),
      culture.getByRole('button', { name: 'Tải bảng này (CSV, mở bằng Excel)' }).first().click(),
    ]);
    const text = readFileSync(await csv.path(), 'utf-8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Ủy ban MTTQ Việt Nam huyện');
    const card = culture.getByTestId('district-excel');
    await card.waitFor();
    const [download] = await Promise.all([
      culture.waitForEvent('download', { timeout: 60_000 }),
      card.getByRole('button', { name: 'Tải bảng số liệu toàn huyện' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.getWorksheet('so_lieu')!;
    let target: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'MTTQ-HUYEN' && row.getCell(3).value === 'C-COL-LAUNCH') target = row;
    });
    expect(target).toBeDefined();
    const criterionId = String(target!.getCell(3).value);
    // Everything else goes back as it came: only this one figure is a change.
    target!.getCell(5).value = target!.getCell(5).value === 'Có' ? 'Không' : 'Có';
    const file = join(tmpdir(), `so-lieu-${Date.now()}.xlsx`);
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    await card.getByLabel('Nhập từ tệp Excel (.xlsx)').setInputFiles(file);
    await card
      .getByText(/Đã nhập \d+ số liệu|chưa lưu gì|không ghi đè|Không kết nối/)
      .first()
      .waitFor({ timeout: 60_000 });
    expect(
      await card.getByText('Đã nhập 1 số liệu vào bản nháp của các đơn vị.').count(),
      (await card.textContent()) ?? '',
    ).toBe(1);
    expect(criterionId).toBe('C-COL-LAUNCH');
  });

  it('a report that came on paper: its missing figure typed into the district sheet, then recorded with the day received, its number and scan', async () => {
    const culture = page;
    const card = culture.getByTestId('district-excel');
    const [download] = await Promise.all([
      culture.waitForEvent('download', { timeout: 60_000 }),
      card.getByRole('button', { name: 'Tải bảng số liệu toàn huyện' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.getWorksheet('so_lieu')!;
    // Nhơn Sơn's draft lacks only its DTI score; the paper report gives it.
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'U-NHON-SON' && row.getCell(3).value === 'C-COMM-DTI') row.getCell(5).value = 83;
    });
    const file = join(tmpdir(), `giay-${Date.now()}.xlsx`);
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    await card.getByLabel('Nhập từ tệp Excel (.xlsx)').setInputFiles(file);
    await card.getByText('Đã nhập 1 số liệu vào bản nháp của các đơn vị.').waitFor({ timeout: 60_000 });

    await culture.getByTestId('review-queue').getByRole('button', { name: 'xã Nhơn Sơn', exact: true }).click();
    const review = culture.getByTestId('report-review');
    const paper = review.getByTestId('paper-receipt');
    await paper.locator('summary').click();
    await paper.getByLabel('Số, ký hiệu văn bản').fill('95/BC-UBND');
    // The button says what is missing until the scan is there.
    expect(await paper.getByRole('button', { name: 'Ghi nhận đã nhận bản giấy' }).isDisabled()).toBe(true);
    await paper.locator('input[type=file]').setInputFiles({
      name: 'bao-cao-giay.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% báo cáo giấy xã Nhơn Sơn\n%%EOF\n'),
    });
    await paper.getByText('Đã tải lên', { exact: false }).waitFor();
    await paper.getByRole('button', { name: 'Ghi nhận đã nhận bản giấy' }).click();
    // Irreversible: it asks first, naming the unit, the day and the number.
    const confirm = paper.getByRole('alertdialog');
    expect(await confirm.textContent()).toMatch(/xã Nhơn Sơn nhận bằng giấy ngày \d{2}\/\d{2}\/\d{4}, số 95\/BC-UBND/);
    await confirm.getByRole('button', { name: 'Ghi nhận đã nhận bản giấy' }).click();
    await review
      .getByTestId('paper-received')
      .getByText(/Nhận bằng giấy ngày \d{2}\/\d{2}\/\d{4}, số 95\/BC-UBND\./)
      .waitFor();
    await review.locator('p [data-status="submitted"]').first().waitFor();
    // Received today, after 14/12/2025: counted late, by the day of receipt.
    expect(await review.locator('p [data-status="late"]').count()).toBe(1);
  });

  it('a plan that came on paper: Culture records it for a unit that sent none, and it counts from the day received', async () => {
    const culture = page;
    const form = culture.getByTestId('paper-plan');
    await form.locator('summary').click();
    const unit = form.getByLabel('Đơn vị (chưa gửi kế hoạch)');
    const offered = (
      await unit
        .locator('option')
        .evaluateAll((options) =>
          options.map((o) => ({ unitId: o.getAttribute('value') ?? '', unitName: o.textContent ?? '' })),
        )
    ).filter((o) => o.unitId !== '');
    const { unitId, unitName } = offered[0]!;
    await unit.selectOption(unitId);
    await form.getByLabel('Tên kế hoạch').fill('Kế hoạch thực hiện phong trào thi đua Chuyển đổi số');
    // Received on the plan's last day on time (19/9/2022).
    await form.getByLabel('Ngày nhận').fill('2022-09-19');
    await form.getByLabel('Số, ký hiệu văn bản').fill('15/KH-UBND');
    await form.locator('input[type=file]').setInputFiles({
      name: 'ke-hoach-giay.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% kế hoạch giấy\n%%EOF\n'),
    });
    await form.getByText('Đã tải lên', { exact: false }).waitFor();
    await form.getByRole('button', { name: 'Ghi nhận đã nhận bản giấy' }).click();
    const confirm = form.getByRole('alertdialog');
    expect(await confirm.textContent()).toContain(`${unitName} nhận bằng giấy ngày 19/09/2022, số 15/KH-UBND`);
    await confirm.getByRole('button', { name: 'Ghi nhận đã nhận bản giấy' }).click();
    await form.getByText('Đã ghi nhận', { exact: false }).waitFor();
    const plans = (await (await fetch(`${product.api.url}/trpc/plans.completeness`)).json()) as {
      result: { data: { rows: Array<{ unitId: string; deadline: string }> } };
    };
    expect(plans.result.data.rows.find((r) => r.unitId === unitId)?.deadline).toBe('on_time');
    // It is no longer offered: it has its plan.
    await expect.poll(() => unit.locator(`option[value="${unitId}"]`).count()).toBe(0);
  });
});

// Home Affairs, in the browser: the interim review's award decision and a certificate as PDF from the decisions
// screen, read back with poppler; the certificate's code checks out on the public API; the review report too.
import { execFileSync } from 'node:child_process';
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
  return { name: download.suggestedFilename(), text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf-8' }).replace(/\s+/g, ' '), info: execFileSync('pdfinfo', [path], { encoding: 'utf-8' }) };
};

describe('award documents from the UI', () => {
  it('Home Affairs downloads the decision and a certificate of the interim review, and the code on the certificate is genuine', async () => {
    await signIn(page, product.shell.url, 'noivu');
    await page.getByRole('link', { name: 'Quyết định khen thưởng' }).click();
    await page.getByRole('combobox', { name: 'Đợt' }).selectOption('R-INTERIM');
    const documents = page.getByTestId('decision-documents');
    await documents.locator('[data-decision="2150/QĐ-UBND"]').waitFor();

    const decision = await downloadText(() => documents.getByRole('button', { name: 'Tải quyết định' }).click());
    expect(decision.name).toMatch(/\.pdf$/);
    expect(decision.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decision.text).toContain('Số: 2150/QĐ-UBND');
    expect(decision.text).toContain('Bùi Thanh Sơn');
    expect(decision.info).toContain('(A4)');

    const certificate = await downloadText(() => documents.getByRole('button', { name: 'Giấy khen: Bùi Thanh Sơn' }).click());
    expect(certificate.text).toContain('TẶNG GIẤY KHEN');
    expect(certificate.text).toContain('Bùi Thanh Sơn');
    const code = /Mã xác minh: ([0-9A-Z]{5}-[0-9A-Z]{5})/.exec(certificate.text)?.[1];
    expect(code).toBeDefined();
    const check = await (await fetch(`${product.api.url}/api/public/documents/${code}`)).json();
    expect(check).toMatchObject({ valid: true, kind: 'certificate', subject: 'Bùi Thanh Sơn', reference: '2150/QĐ-UBND' });

    const report = await downloadText(() => documents.getByRole('button', { name: 'Tải báo cáo R-INTERIM' }).click());
    expect(report.text).toContain('BÁO CÁO');
    expect(report.text).toContain('Sơ kết phong trào');
  });
});

// A commune clerk never loses a typed figure: the page asks before leaving it, a reload brings it back from the
// browser's drafts, and a session that ended mid-form asks for the password in a dialog and then saves.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserContext } from './browser.js';
import { DEMO_PASSWORD, signIn } from './support/sign-in.js';
import { startTestProduct, type TestProduct } from './support/test-product.js';

let product: TestProduct;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  product = await startTestProduct();
  browser = await launchBrowser();
  context = await newUserContext(browser);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await product?.dispose();
});

// A commune whose 2025 report is still a draft in the demo data.
const CLERK = 'xa.nhonson';
const form = () => page.getByTestId('report-form');
const dossiers = () => form().locator('#v-C-COMM-DOSSIERS');

describe('nothing typed is lost', () => {
  it('asks before an app link leaves unsaved figures, and a reload brings them back from the browser', async () => {
    await signIn(page, product.shell.url, CLERK);
    await page.getByRole('link', { name: 'Đơn vị của tôi' }).click();
    await dossiers().fill('61,5');
    await form().getByTestId('draft-kept').waitFor();
    // Staying keeps the figure on screen.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void (dialog.type() === 'confirm' && asked.filter((a) => a === 'confirm').length === 1 ? dialog.dismiss() : dialog.accept());
    });
    await page.getByRole('link', { name: 'Bảng điều hành' }).click();
    await expect.poll(() => asked).toContain('confirm');
    expect(new URL(page.url()).pathname).toBe('/unit');
    expect(await dossiers().inputValue()).toBe('61,5');
    // A reload (or a closed tab) gets the browser's own question; accepted, the figure comes back from the drafts.
    await page.reload();
    await form().getByTestId('draft-restored').waitFor();
    expect(await dossiers().inputValue()).toBe('61,5');
    expect(asked).toContain('beforeunload');
    // The second time an app link is followed, leaving is confirmed and the page goes.
    await page.getByRole('link', { name: 'Bảng điều hành' }).click();
    await page.waitForURL((u) => u.pathname === '/');
    page.removeAllListeners('dialog');
  });

  it('a session that ends mid-form asks for the password in a dialog, then completes the save without losing a character', async () => {
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByRole('link', { name: 'Đơn vị của tôi' }).click();
    // The figure typed before is still offered back.
    await form().getByTestId('draft-restored').waitFor();
    await form().locator('#v-C-COMM-EDOCS').fill('87');
    // The session ends (15 idle minutes, or signed out elsewhere): the browser no longer holds it.
    await context.clearCookies();
    await form().locator('#v-C-COMM-DTI').fill('81,25');
    await form().getByRole('button', { name: 'Lưu bản nháp' }).click();
    const dialog = page.getByTestId('reauth-dialog');
    await dialog.getByText('Phiên làm việc đã hết hạn').waitFor();
    // The form is still there behind the dialog, every character in place.
    expect([await dossiers().inputValue(), await form().locator('#v-C-COMM-EDOCS').inputValue(), await form().locator('#v-C-COMM-DTI').inputValue()]).toEqual(['61,5', '87', '81,25']);
    // A wrong password is named, and the dialog stays.
    await dialog.getByLabel('Mật khẩu').fill('not-the-password');
    await dialog.getByRole('button', { name: 'Đăng nhập và lưu' }).click();
    await dialog.getByText('Tên đăng nhập hoặc mật khẩu không đúng').waitFor();
    await dialog.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Đăng nhập và lưu' }).click();
    await form().getByText('Đã lưu bản nháp.').waitFor();
    expect(await dialog.count()).toBe(0);
    // Saved on the server: a reload shows the figures from the report, with nothing left in the drafts to restore.
    await page.reload();
    await expect.poll(() => dossiers().inputValue()).toBe('61,5');
    expect(await form().locator('#v-C-COMM-DTI').inputValue()).toBe('81,25');
    expect(await form().getByTestId('draft-restored').count()).toBe(0);
  });
});

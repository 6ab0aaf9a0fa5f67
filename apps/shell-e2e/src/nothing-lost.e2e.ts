// A commune clerk never loses a typed figure: the page asks before leaving it, a reload brings it back from the
// browser's drafts, and a session that ended mid-form asks for the password in a dialog and then saves. A sector
// office's grid keeps its figures the same way.
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
      void (dialog.type() === 'confirm' && asked.filter((a) => a === 'confirm').length === 1
        ? dialog.dismiss()
        : dialog.accept());
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

  it('asks when the back button would leave unsaved figures: staying keeps them and the address, and the next back leaves', async () => {
    await page.getByRole('link', { name: 'Đơn vị của tôi' }).click();
    await form().getByTestId('draft-restored').waitFor();
    await dossiers().fill('61,5');
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void (asked.length === 1 ? dialog.dismiss() : dialog.accept());
    });
    await page.goBack();
    await expect.poll(() => asked).toEqual(['confirm']);
    expect(new URL(page.url()).pathname).toBe('/unit');
    expect(await dossiers().inputValue()).toBe('61,5');
    // Asked again, and this time leaving: the page before it shows, with nothing asked on the way.
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/');
    await page.getByTestId('leaderboard').waitFor();
    expect(asked).toEqual(['confirm', 'confirm']);
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
    expect([
      await dossiers().inputValue(),
      await form().locator('#v-C-COMM-EDOCS').inputValue(),
      await form().locator('#v-C-COMM-DTI').inputValue(),
    ]).toEqual(['61,5', '87', '81,25']);
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

  it('a clerk with no link fills the report offline: the page opens from the device, the save waits as "chưa gửi được", and goes by itself on reconnecting; then the report is sent', async () => {
    const offlineContext = await newUserContext(browser);
    const clerk = await offlineContext.newPage();
    clerk.on('dialog', (dialog) => void dialog.accept());
    await signIn(clerk, product.shell.url, CLERK);
    await clerk.goto(`${product.shell.url}/unit`);
    const report = clerk.getByTestId('report-form');
    await report.locator('tr[data-criterion]').first().waitFor();
    // The service worker is in charge of the page once it has loaded it online.
    await clerk.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await clerk.reload();
    await report.locator('tr[data-criterion]').first().waitFor();

    await offlineContext.setOffline(true);
    // The link drops; the page opens again from the device, the unit's form included.
    await clerk.reload();
    await report.locator('tr[data-criterion]').first().waitFor({ timeout: 30_000 });
    await report.locator('#v-C-COMM-DTI').fill('79,5');
    await report.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await report.getByTestId('save-unsent').getByText('Chưa gửi được').waitFor();
    expect(await report.locator('#v-C-COMM-DTI').inputValue()).toBe('79,5');

    // Back online: it goes by itself, then the report can be sent.
    await offlineContext.setOffline(false);
    await report.getByText('Đã lưu bản nháp.').waitFor({ timeout: 40_000 });
    expect(await report.getByTestId('save-unsent').count()).toBe(0);
    await report.getByTestId('report-gaps').waitFor();
    if (await report.getByTestId('report-gaps').getByText('Còn thiếu', { exact: false }).count()) {
      // The demo draft has gaps to fill first, as the list says: a blank figure, and a file for each claim that needs one.
      const figures = report.locator('input[inputmode="decimal"]');
      for (let i = 0; i < (await figures.count()); i++)
        if ((await figures.nth(i).inputValue()) === '') await figures.nth(i).fill('90');
      const rows = report.locator('tr[data-criterion]', { hasText: 'Bắt buộc có minh chứng' });
      for (let i = 0; i < (await rows.count()); i++) {
        if ((await rows.nth(i).locator('input[type=url]').inputValue()) !== '') continue;
        await rows
          .nth(i)
          .locator('input[type=file]')
          .setInputFiles({
            name: `mc-${i}.pdf`,
            mimeType: 'application/pdf',
            buffer: Buffer.from(`%PDF-1.4\n% ${i}\n%%EOF\n`),
          });
        await rows.nth(i).getByText('Đã tải lên', { exact: false }).waitFor();
      }
      await report.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await expect
        .poll(async () => (await report.textContent()) ?? '', { timeout: 20_000 })
        .toContain('Đã đủ số liệu và minh chứng bắt buộc');
    }
    await report.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await report.getByRole('alertdialog').getByRole('button', { name: 'Nộp báo cáo' }).click();
    await report.getByText('Đã nộp báo cáo.').waitFor();
    await offlineContext.close();
  });

  it('a sector office’s grid keeps its typed figures in the browser too: a reload brings them back, and they can be discarded', async () => {
    const office = await (await newUserContext(browser)).newPage();
    office.on('dialog', (dialog) => void dialog.accept());
    await signIn(office, product.shell.url, 'yte');
    await office.getByRole('link', { name: 'Y tế' }).click();
    const entry = office.getByTestId('sector-entry');
    const first = entry.locator('tr[data-commune] input[inputmode="decimal"]').first();
    await first.waitFor();
    const before = await first.inputValue();
    await first.fill('77,5');
    await entry.getByTestId('draft-kept').waitFor();
    await office.reload();
    await entry.getByTestId('draft-restored').waitFor();
    expect(await first.inputValue()).toBe('77,5');
    // Discarding goes back to what the server has.
    await entry.getByTestId('draft-restored').getByRole('button', { name: 'Bỏ số liệu chưa lưu này' }).click();
    await expect.poll(() => first.inputValue()).toBe(before);
    await office.reload();
    await entry.locator('tr[data-commune]').first().waitFor();
    expect(await entry.getByTestId('draft-restored').count()).toBe(0);
    await office.close();
  });
});

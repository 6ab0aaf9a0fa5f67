// Notifications from the UI (issue 6): the Culture office returns a commune's report with a reason; the commune's
// editor sees it on the bell, reads the reason, opens the report from the notification, and gets the e-mail copy
// in the outbox folder (the embedded default, no SMTP server configured).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserContext } from './browser.js';
import { signIn } from './support/sign-in.js';
import { startTestProduct, type TestProduct } from './support/test-product.js';

let product: TestProduct;
let browser: Browser;

beforeAll(async () => {
  product = await startTestProduct({ env: { NOTIFY_EVERY_SECONDS: '1' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await product?.dispose();
});

const REASON = 'Thiếu minh chứng cho tỷ lệ hồ sơ trực tuyến toàn trình, đề nghị bổ sung';

const outboxFiles = (): string[] => {
  try {
    return readdirSync(join(product.dir, 'outbox')).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
};

describe('a returned report reaches the commune', () => {
  it('the editor sees the reason on the bell and the list, opens the report from it, and an e-mail copy is written', async () => {
    const editor = await (await newUserContext(browser)).newPage();
    // Xã Ninh Sơn 2 was formed on 1/7/2025 and sent its 2025 report a day late.
    await signIn(editor, product.shell.url, 'xa.ninhson2');
    // The demo says so on every screen.
    await editor.getByTestId('demo-banner').getByText('DỮ LIỆU MẪU / DEMO', { exact: false }).waitFor();
    const bell = editor.getByTestId('notification-bell');
    // The demo data may already hold reminders sent before the last milestones: count from what is there.
    await bell.waitFor();
    const before = Number(/(\d+) chưa đọc/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1] ?? 0);

    const culture = await (await newUserContext(browser)).newPage();
    await signIn(culture, product.shell.url, 'vhtt');
    await culture.getByRole('link', { name: 'Kiểm tra, duyệt báo cáo' }).click();
    await culture
      .getByTestId('review-queue')
      .getByRole('button', { name: 'xã Ninh Sơn 2 (tên dự kiến)', exact: true })
      .click();
    const review = culture.getByTestId('report-review');
    await review.getByLabel('Lý do').fill(REASON);
    await review.getByRole('button', { name: 'Trả lại để sửa' }).click();
    await review.getByText(`Báo cáo bị trả lại để sửa. Lý do: ${REASON}`).waitFor();

    await editor.reload();
    await expect.poll(() => bell.getAttribute('aria-label')).toBe(`Thông báo: ${before + 1} chưa đọc`);
    await bell.click();
    expect(new URL(editor.url()).pathname).toBe('/notifications');
    const list = editor.getByTestId('notifications');
    const item = list.locator('li[data-kind="report.returned"]');
    await item.getByRole('heading', { name: 'Báo cáo năm 2025 bị trả lại để sửa' }).waitFor();
    expect(await item.textContent()).toContain(`Lý do: ${REASON}`);
    expect(await item.getAttribute('data-unread')).toBe('true');
    // The newest first: the returned report above the reminders.
    expect(await list.locator('li').first().getAttribute('data-kind')).toBe('report.returned');
    expect(await list.locator('li[data-kind="reminder"]').count()).toBe(before);

    await item.getByRole('button', { name: 'Mở để xử lý' }).click();
    await editor.waitForURL((u) => u.pathname === '/unit');
    await expect
      .poll(() => bell.getAttribute('aria-label'))
      .toBe(before > 0 ? `Thông báo: ${before} chưa đọc` : 'Thông báo');

    // The e-mail copy, to the clerk's address, as a file an operator can open; the replayed reminders send none.
    await expect.poll(() => outboxFiles().length, { timeout: 15_000 }).toBe(1);
    const mail = readFileSync(join(product.dir, 'outbox', outboxFiles()[0]!), 'utf-8');
    expect(mail).toContain('vanhung.ninhson2@example.invalid');
    expect(mail).toMatch(/^Subject: /m);
  });

  it('a commune editor finds the reminders sent before the final review; "mark all as read" clears them', async () => {
    const editor = await (await newUserContext(browser)).newPage();
    await signIn(editor, product.shell.url, 'xa.myson');
    await editor.goto(`${product.shell.url}/notifications`);
    const list = editor.getByTestId('notifications');
    // Sent in September 2025 as a countdown, read now they say the review has started: never "7 days left" a year on.
    await list
      .getByRole('heading', { name: 'Đã bắt đầu R-FINAL: Tổng kết phong trào (Quý IV/2025)' })
      .first()
      .waitFor();
    expect(await list.textContent()).toContain('Đợt đã bắt đầu từ ngày 01/10/2025.');
    expect(await list.textContent()).not.toContain('còn 7 ngày');
    await list.getByTestId('mark-all-read').click();
    await expect.poll(() => list.getByTestId('unread-count').textContent()).toBe('0 chưa đọc');
    await list.getByLabel('Chỉ hiện thông báo chưa đọc').check();
    await list.getByText('Không có thông báo chưa đọc.').waitFor();
    expect(await list.getByTestId('mark-all-read').isDisabled()).toBe(true);
    expect(await editor.getByTestId('notification-bell').getAttribute('aria-label')).toBe('Thông báo');
    // The English screen reads them in English.
    await editor.getByRole('button', { name: 'English' }).click();
    await list.getByLabel('Show unread only').uncheck();
    await list.getByRole('heading', { name: 'R-FINAL has started: Final review (Q4 2025)' }).first().waitFor();
    expect(await list.textContent()).toContain('It started on 01/10/2025.');
  });
});

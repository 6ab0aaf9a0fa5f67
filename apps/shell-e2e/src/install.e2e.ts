// A real installation from the operator's and the administrator's side: NODE_ENV=production on an empty database,
// the first administrator from `pnpm thidua admin bootstrap`, the one-time password replaced and TOTP enrolled in the
// browser, a movement file checked (errors by path) and activated, communes created and merged as a dated event, and a
// first account created and used.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserContext } from './browser.js';
import { startTestProduct, type TestProduct } from './support/test-product.js';

const ROOT = resolve(import.meta.dirname, '../../..');
let product: TestProduct;
let browser: Browser;

beforeAll(async () => {
  product = await startTestProduct({ env: { NODE_ENV: 'production', SEED_ON_FIRST_RUN: 'false' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await product?.dispose();
});

/** What the operator types on the server, with the installation's DATABASE_URL. */
const thidua = (...args: string[]) =>
  execFileSync(process.execPath, [join(ROOT, 'tools/scripts/thidua.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: `file:${join(product.dir, 'thidua.db')}` }, stdio: ['ignore', 'pipe', 'pipe'] });

const signInFirstTime = async (page: Page, username: string, oneTime: string, chosen: string): Promise<void> => {
  await page.goto(`${product.shell.url}/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(oneTime);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByLabel('Mật khẩu dùng một lần (hiện tại)').fill(oneTime);
  await page.getByLabel('Mật khẩu mới (ít nhất 8 ký tự)').fill('ngan');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('ngan');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.getByText('Mật khẩu mới cần ít nhất 8 ký tự').waitFor();
  await page.getByLabel('Mật khẩu mới (ít nhất 8 ký tự)').fill(chosen);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(chosen);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
};

describe('installing thidua for real', () => {
  it('bootstraps the first administrator once, who sets up the movement and the first account, with no demo anywhere', async () => {
    const admin = await (await newUserContext(browser)).newPage();
    await admin.goto(`${product.shell.url}/`);
    await admin.getByTestId('needs-bootstrap').getByText('pnpm thidua admin bootstrap').waitFor();
    expect(await admin.getByTestId('demo-banner').count()).toBe(0);

    const created = thidua('admin', 'bootstrap', '--username', 'quantri.tinh', '--display-name', 'Quản trị Sở');
    const oneTime = /one-time password: (\S+)/.exec(created)?.[1] ?? '';
    expect(oneTime).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
    expect(() => thidua('admin', 'bootstrap', '--username', 'quantri.khac')).toThrow(/chỉ chạy một lần/);

    await signInFirstTime(admin, 'quantri.tinh', oneTime, 'Quan-Tri-So-2026!');
    const secret = (await admin.getByTestId('totp-secret').textContent()) ?? '';
    await admin.getByLabel('Mã xác thực (6 chữ số)').fill(generateTOTP(decodeBase32IgnorePadding(secret), 30, 6));
    await admin.getByRole('button', { name: 'Xác nhận' }).click();

    // No movement yet: the dashboard leads to the set-up instead of a wall of errors.
    await admin.getByTestId('no-movement').waitFor();
    await admin.getByRole('button', { name: 'Mở trang quản trị' }).click();
    expect(new URL(admin.url()).pathname).toBe('/admin');

    const plan = thidua('plan');
    const broken = join(product.dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...JSON.parse(plan), criteria: [], timeZone: '' }));
    await admin.getByLabel(/Tệp định nghĩa phong trào/).setInputFiles(broken);
    const errors = admin.getByTestId('movement-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('criteria');
    expect(await errors.textContent()).toContain('timeZone');

    const good = join(product.dir, 'movement.json');
    writeFileSync(good, plan);
    await admin.getByLabel(/Tệp định nghĩa phong trào/).setInputFiles(good);
    const preview = admin.getByTestId('movement-preview');
    await preview.getByText('Chưa có phong trào nào đang chạy: đây sẽ là phong trào đầu tiên.').waitFor();
    expect(await preview.getByRole('button', { name: 'Kích hoạt phiên bản này' }).isDisabled()).toBe(true);
    await preview.getByLabel(/Ghi chú phiên bản/).fill('Kế hoạch đã ban hành, kích hoạt lần đầu');
    await preview.getByRole('button', { name: 'Kích hoạt phiên bản này' }).click();
    await admin.getByRole('alertdialog').getByRole('button', { name: 'Xác nhận kích hoạt' }).click();
    await admin.getByText('Đã kích hoạt phiên bản 1.').waitFor();
    await admin.getByTestId('movement-versions').getByText('Kế hoạch đã ban hành, kích hoạt lần đầu').waitFor();

    // The organisation: two communes, then their merger as a dated event.
    await admin.getByRole('tab', { name: 'Đơn vị' }).click();
    const unitForm = admin.getByTestId('unit-form');
    for (const [id, name] of [['U-XA-DONG', 'xã Đông'], ['U-XA-TAY', 'xã Tây']] as const) {
      await unitForm.getByLabel('Mã đơn vị').fill(id);
      await unitForm.getByLabel('Tên', { exact: true }).fill(name);
      await unitForm.getByLabel('Tên tiếng Anh').fill(`${name} commune`);
      await unitForm.getByLabel('Từ ngày').fill('2024-01-01');
      await unitForm.getByRole('button', { name: 'Thêm đơn vị' }).click();
      await unitForm.getByText(`Đã thêm đơn vị ${id}.`).waitFor();
    }
    const change = admin.getByTestId('org-change');
    await change.getByLabel('Ngày có hiệu lực').fill('2025-07-01');
    await change.getByLabel(/xã Đông/).check();
    await change.getByLabel(/xã Tây/).check();
    await change.getByLabel('Mã đơn vị').fill('U-XA-DONG-TAY');
    await change.getByLabel('Tên', { exact: true }).fill('xã Đông Tây');
    await change.getByLabel('Tên tiếng Anh').fill('Đông Tây commune');
    await change.getByLabel(/Căn cứ/).fill('Nghị quyết sắp xếp đơn vị hành chính cấp xã');
    await change.getByRole('button', { name: 'Ghi nhận thay đổi' }).click();
    await admin.getByRole('alertdialog').getByRole('button', { name: 'Xác nhận' }).click();
    await change.getByText('Đã ghi nhận thay đổi ngày 01/07/2025.').waitFor();
    expect(await admin.getByTestId('org-history').textContent()).toContain('U-XA-DONG, U-XA-TAY → U-XA-DONG-TAY');

    await admin.getByRole('tab', { name: 'Tài khoản' }).click();
    const form = admin.getByTestId('account-form');
    await form.getByLabel('Tên đăng nhập').fill('lanhdao.tinh');
    await form.getByLabel('Họ tên').fill('Lãnh đạo Sở');
    await form.getByLabel('Vai trò').selectOption('LEADER');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const note = (await form.getByTestId('account-created').textContent()) ?? '';
    const leaderPassword = /Mật khẩu dùng một lần: (\S+?)\./.exec(note)?.[1] ?? '';
    expect(leaderPassword).toMatch(/^[A-Z2-9-]{23}$/);
    await admin.getByTestId('accounts').getByText('lanhdao.tinh').waitFor();

    // Everything above is in the audit log, whose chain verifies.
    await admin.getByRole('tab', { name: 'Nhật ký' }).click();
    await admin.getByRole('button', { name: 'Kiểm tra chuỗi nhật ký' }).click();
    await admin.getByText(/Chuỗi toàn vẹn: \d+ mục/).waitFor();
    const log = admin.getByTestId('audit-log');
    await log.getByLabel(/Thao tác/).fill('org.');
    await log.getByRole('button', { name: 'Lọc' }).click();
    await log.getByText('org.merge').waitFor();
    expect(await log.getByText('org.unit_create').count()).toBe(2);
    for (const action of ['admin.bootstrap', 'auth.password_changed', 'movement.activate', 'user.create']) {
      await log.getByLabel(/Thao tác/).fill(action);
      await log.getByRole('button', { name: 'Lọc' }).click();
      await log.getByText(action, { exact: true }).first().waitFor();
    }

    const leader = await (await newUserContext(browser)).newPage();
    await signInFirstTime(leader, 'lanhdao.tinh', leaderPassword, 'Lanh-Dao-So-2026!');
    await leader.getByRole('navigation').waitFor();
    await leader.getByTestId('signed-in-as').getByText('Lãnh đạo Sở').waitFor();
    expect(await leader.getByTestId('no-movement').count()).toBe(0);
    expect(await leader.getByTestId('demo-banner').count()).toBe(0);
  });
});

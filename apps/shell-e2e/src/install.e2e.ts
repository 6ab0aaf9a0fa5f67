// A real installation from the operator's and the administrator's side: NODE_ENV=production on an empty database,
// the first administrator from `pnpm thidua admin bootstrap`, the one-time password replaced and TOTP enrolled in the
// browser, a movement file checked (errors by path) and activated, communes created and merged as a dated event, and a
// first account created and used. Then a second movement (docs/examples, 2026–2030) runs beside the first with no code
// change: a commune reports for 2026, the reviewer approves, and the dashboard, widgets and open data show it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@thidua/db';
import { launchBrowser, newUserContext } from './browser.js';
import { startTestProduct, type TestProduct } from './support/test-product.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const REVIEW = 'R-NAM-2026';

/** The sample movement of docs/examples as uploaded, except that its first review's window is widened to run from at
 * most today to at least 45 days on: the award path is walked on the real date, which passes the sample's own window
 * (November and December 2026). Everything else is the file as an office would receive it. */
const sampleOpenToday = (): string => {
  const sample = JSON.parse(readFileSync(join(ROOT, 'docs/examples/phong-trao-xa-2026-2030.json'), 'utf8')) as {
    timeline: { reviews: Array<{ id: string; start: string; end: string }> };
  };
  const dayIn = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(ms));
  const review = sample.timeline.reviews.find((r) => r.id === REVIEW)!;
  const [today, later] = [dayIn(Date.now()), dayIn(Date.now() + 45 * 86_400_000)];
  if (today < review.start) review.start = today;
  if (later > review.end) review.end = later;
  const file = join(product.dir, 'phong-trao-xa-2026-2030.json');
  writeFileSync(file, JSON.stringify(sample, null, 2));
  return file;
};
/** The installation's key for signing audit checkpoints; the inspector is handed the same. */
const AUDIT_KEY = Buffer.alloc(32, 8).toString('base64');
let product: TestProduct;
let browser: Browser;
/** The administrator's and the leader's browsers, kept open from the installation to the second movement. */
let admin: Page;
let leader: Page;

beforeAll(async () => {
  product = await startTestProduct({
    env: {
      NODE_ENV: 'production',
      SEED_ON_FIRST_RUN: 'false',
      PUBLIC_URL: 'https://thidua.khanhhoa.example',
      TOTP_KEY: Buffer.alloc(32, 9).toString('base64'),
      AUDIT_KEY,
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await product?.dispose();
});

/** What the operator types on the server, with the installation's DATABASE_URL. */
const thidua = (...args: string[]) =>
  execFileSync(process.execPath, [join(ROOT, 'tools/scripts/thidua.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `file:${join(product.dir, 'thidua.db')}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** Reads the one-time password the account form shows once. */
const createAccount = async (username: string, name: string, role: string, unit?: string): Promise<string> => {
  const form = admin.getByTestId('account-form');
  await form.getByLabel('Tên đăng nhập').fill(username);
  await form.getByLabel('Họ tên').fill(name);
  await form.getByLabel('Vai trò').selectOption(role);
  if (unit) await form.getByLabel('Đơn vị', { exact: true }).selectOption({ label: unit });
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const note = form.getByTestId('account-created').filter({ hasText: username });
  await note.waitFor();
  return /Mật khẩu dùng một lần: (\S+?)\./.exec((await note.textContent()) ?? '')?.[1] ?? '';
};

const enrolTotp = async (page: Page): Promise<void> => {
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  await page.getByLabel('Mã xác thực (6 chữ số)').fill(generateTOTP(decodeBase32IgnorePadding(secret), 30, 6));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
};

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
    admin = await (await newUserContext(browser)).newPage();
    await admin.goto(`${product.shell.url}/`);
    await admin.getByTestId('needs-bootstrap').getByText('pnpm thidua admin bootstrap').waitFor();
    expect(await admin.getByTestId('demo-banner').count()).toBe(0);

    const created = thidua('admin', 'bootstrap', '--username', 'quantri.tinh', '--display-name', 'Quản trị Sở');
    const oneTime = /one-time password: (\S+)/.exec(created)?.[1] ?? '';
    expect(oneTime).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
    expect(() => thidua('admin', 'bootstrap', '--username', 'quantri.khac')).toThrow(/chỉ chạy một lần/);

    await signInFirstTime(admin, 'quantri.tinh', oneTime, 'Quan-Tri-So-2026!');
    await enrolTotp(admin);

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
    for (const [id, name] of [
      ['U-XA-DONG', 'xã Đông'],
      ['U-XA-TAY', 'xã Tây'],
    ] as const) {
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
    // The history list is read again after the change: wait for it rather than read it at once.
    await expect
      .poll(() => admin.getByTestId('org-history').textContent())
      .toContain('U-XA-DONG, U-XA-TAY → U-XA-DONG-TAY');

    await admin.getByRole('tab', { name: 'Tài khoản' }).click();
    const leaderPassword = await createAccount('lanhdao.tinh', 'Lãnh đạo Sở', 'LEADER');
    expect(leaderPassword).toMatch(/^[A-Z2-9-]{23}$/);
    await admin.getByTestId('accounts').getByText('lanhdao.tinh').waitFor();

    // Everything above is in the audit log, whose chain verifies.
    await admin.getByRole('tab', { name: 'Nhật ký' }).click();
    await admin.getByRole('button', { name: 'Kiểm tra chuỗi nhật ký' }).click();
    await admin.getByText(/Chuỗi toàn vẹn: \d+ mục/).waitFor();
    // The administrator exports the log for an inspector, who checks it offline with the office's key.
    const [exportFile] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('audit-export').click()]);
    expect(exportFile.suggestedFilename()).toMatch(/^thidua-audit-export-\d{4}-\d{2}-\d{2}\.json$/);
    const inspected = execFileSync(
      process.execPath,
      [join(ROOT, 'tools/scripts/thidua.mjs'), 'audit', 'verify', await exportFile.path()],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, AUDIT_KEY } },
    );
    expect(inspected).toContain('Nhật ký toàn vẹn');
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

    leader = await (await newUserContext(browser)).newPage();
    await signInFirstTime(leader, 'lanhdao.tinh', leaderPassword, 'Lanh-Dao-So-2026!');
    await leader.getByRole('navigation').waitFor();
    await leader.getByTestId('signed-in-as').getByText('Lãnh đạo Sở').waitFor();
    expect(await leader.getByTestId('no-movement').count()).toBe(0);
    expect(await leader.getByTestId('demo-banner').count()).toBe(0);
  });

  it('runs the sample 2026–2030 movement beside the first with no code change: a commune reports for 2026, it is approved, and the dashboard, widgets and open data show it while the first stays readable', async () => {
    await admin.getByRole('tab', { name: 'Phong trào' }).click();
    await admin.getByLabel(/Tệp định nghĩa phong trào/).setInputFiles(sampleOpenToday());
    const preview = admin.getByTestId('movement-preview');
    await preview.getByText(/Đây là một phong trào mới\. Nó sẽ chạy song song với .*ninh-son-dx-2021-2025/).waitFor();
    await preview.getByLabel(/Ghi chú phiên bản/).fill('Phong trào của xã giai đoạn 2026–2030');
    await preview.getByRole('button', { name: 'Kích hoạt phiên bản này' }).click();
    await admin.getByRole('alertdialog').getByRole('button', { name: 'Xác nhận kích hoạt' }).click();
    await admin.getByText('Đã kích hoạt phiên bản 1.').waitFor();
    await expect
      .poll(() => admin.getByTestId('movement-versions').locator('tbody tr', { hasText: '✓' }).count())
      .toBe(2);

    // The merged commune of the first test reports in the new movement; a reviewer approves.
    await admin.getByRole('tab', { name: 'Tài khoản' }).click();
    const editorPassword = await createAccount('xa.dongtay', 'Văn thư xã Đông Tây', 'UNIT-EDITOR', 'xã Đông Tây');
    const reviewerPassword = await createAccount('vanhoa.xa', 'Công chức Văn hóa - Xã hội', 'ROLE-CULTURE');

    const editor = await (await newUserContext(browser)).newPage();
    await signInFirstTime(editor, 'xa.dongtay', editorPassword, 'Xa-Dong-Tay-2026!');
    await editor.getByRole('link', { name: 'Đơn vị của tôi' }).click();
    // It registers for the running movement ("no registration, no award" is one of its criteria).
    const registration = editor.getByTestId('registration');
    await registration
      .locator('#pledges')
      .fill('Xã cam kết số hóa hồ sơ hành chính và mở rộng thanh toán không dùng tiền mặt');
    await registration.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await registration.getByText(/Đã đăng ký lúc/).waitFor();
    // Its years are grouped under each running movement's name; 2026 is the new movement's.
    await editor.locator('#unit-year optgroup[label*="2026–2030"] option[value="2026"]').waitFor({ state: 'attached' });
    await editor.locator('#unit-year').selectOption('2026');
    const form = editor.getByTestId('report-form');
    await form.getByText('Báo cáo kết quả thi đua năm 2026').waitFor();
    const criteria = form.locator('tr[data-criterion]');
    await criteria.first().waitFor();
    expect(await form.locator('tr[data-criterion^="C-THON-"]').count()).toBe(3);
    expect(await form.locator('tr[data-criterion^="C-COMM-"]').count()).toBe(0);
    for (let i = 0; i < (await criteria.count()); i++) {
      const row = criteria.nth(i);
      if (await row.locator('select').count()) await row.locator('select').selectOption('true');
      else if (await row.locator('input[inputmode="decimal"]').count())
        await row
          .locator('input[inputmode="decimal"]')
          .fill((await row.getAttribute('data-criterion')) === 'C-XA-SANG-KIEN' ? '2' : '75');
      // The movement's own "evidence required" rows get a link to the commune's published document.
      if (await row.getByText('Bắt buộc có minh chứng').count())
        await row
          .locator('input[type=url]')
          .fill(`https://dongtay.example.invalid/minh-chung/${await row.getAttribute('data-criterion')}.pdf`);
    }
    await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await form.getByText('Đã lưu bản nháp.').waitFor();
    await form.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await form.getByRole('alertdialog').getByRole('button', { name: 'Nộp báo cáo' }).click();
    await form.getByText('Đã nộp báo cáo.').waitFor();

    const reviewer = await (await newUserContext(browser)).newPage();
    await signInFirstTime(reviewer, 'vanhoa.xa', reviewerPassword, 'Van-Hoa-Xa-2026!');
    await enrolTotp(reviewer);
    await reviewer.getByRole('link', { name: 'Kiểm tra, duyệt báo cáo' }).click();
    await reviewer.locator('#review-year').selectOption('2026');
    await reviewer.getByTestId('review-queue').getByRole('button', { name: 'xã Đông Tây', exact: true }).click();
    const review = reviewer.getByTestId('report-review');
    await review.getByRole('button', { name: 'Xác nhận đã kiểm tra' }).click();
    await review.getByRole('button', { name: 'Duyệt' }).click();
    await review.locator('[data-status="approved"]').first().waitFor();

    // The leader's dashboard ranks it for 2026, and the first movement's years stay readable with their own units.
    await leader.reload();
    await leader.locator('#dash-year').selectOption('2026');
    // The page names the movement it opens on, and no district: the header and the browser's tab alike.
    await leader
      .getByTestId('movement-name')
      .getByText('Phong trào thi đua chuyển đổi số cấp xã giai đoạn 2026–2030 (mẫu)')
      .waitFor();
    await expect
      .poll(() => leader.title())
      .toBe('Phong trào thi đua chuyển đổi số cấp xã giai đoạn 2026–2030 (mẫu) · Thi đua Chuyển đổi số');
    expect(await leader.locator('header.td-app-header').textContent()).not.toMatch(/Ninh Sơn|huyện/);
    const board = leader.getByTestId('leaderboard');
    await board.locator('tr', { hasText: 'xã Đông Tây' }).getByText('Đủ điều kiện').waitFor();
    await leader.locator('#dash-year').selectOption('2024');
    await board.locator('tr', { hasText: 'xã Đông' }).first().waitFor();
    expect(await board.locator('tbody tr', { hasText: 'xã Đông Tây' }).count()).toBe(0);

    // The public: completeness and open data for 2026, and a portal widget pasted with no year.
    const completeness = (await (await fetch(`${product.api.url}/api/public/deadlines?year=2026`)).json()) as {
      deadlineId: string;
      rows: Array<{ unitId: string; reportStatus: string }>;
    };
    expect(completeness.deadlineId).toBe('D-XA-BAO-CAO-NAM');
    expect(completeness.rows).toContainEqual(
      expect.objectContaining({ unitId: 'U-XA-DONG-TAY', reportStatus: 'approved' }),
    );
    const open = JSON.stringify(await (await fetch(`${product.api.url}/api/public/open-data/values?year=2026`)).json());
    expect(open).toContain('U-XA-DONG-TAY');
    expect(open).toContain('C-THON-DVC-TT');
    const portal = await (await newUserContext(browser)).newPage();
    await portal.goto(product.portal.url);
    await portal.evaluate(() => {
      const widget = document.createElement('thidua-leaderboard');
      widget.id = 'pasted';
      widget.setAttribute('kind', 'commune');
      document.body.append(widget);
    });
    const pasted = portal.locator('#pasted[data-state="ready"]');
    await pasted.waitFor({ timeout: 20_000 });
    // (The widgets draw in their shadow roots, which Playwright's text locators read.)
    await pasted.getByText('xã Đông Tây').waitFor();
    await pasted
      .getByText('Nguồn: Phong trào thi đua chuyển đổi số cấp xã giai đoạn 2026–2030 (mẫu), số liệu đã duyệt.')
      .waitFor();
    // The portal's own 2025 ranking is still the first movement's.
    await portal
      .locator('thidua-leaderboard[year="2025"][kind="commune"]')
      .getByText(/^Nguồn: .*Ninh Sơn.*, số liệu đã duyệt\.$/)
      .waitFor();
  });

  it('runs the 2026 review with individuals and collectives: dossiers, public comments through the portal widget (one hidden), appraisal, a reviewed vote, a confirmed close and decision, certificates naming the people; the clerk then works in a further role until it is taken back', async () => {
    await admin.getByRole('tab', { name: 'Tài khoản' }).click();
    const passwords = {
      homeAffairs: await createAccount('noivu.xa', 'Công chức Nội vụ xã', 'ROLE-HOME-AFFAIRS'),
      council: await createAccount('hoidong.xa', 'Thành viên Hội đồng xã', 'ROLE-COUNCIL'),
      chair: await createAccount('chutich.xa', 'Chủ tịch UBND xã', 'ROLE-CHAIR'),
    };
    const firstSignIn = async (username: string, password: string): Promise<Page> => {
      const page = await (await newUserContext(browser)).newPage();
      await signInFirstTime(page, username, password, `${username}-Moi-2026!`);
      await enrolTotp(page);
      await page.getByRole('navigation').waitFor();
      return page;
    };
    const pickReview = (page: Page) => page.getByRole('combobox', { name: 'Đợt' }).selectOption(REVIEW);

    // The commune's people, kept by the administrator (its individuals are proposed from them).
    await admin.getByRole('tab', { name: 'Cá nhân' }).click();
    await admin.locator('#people-unit').selectOption({ label: 'xã Đông Tây' });
    const person = admin.getByTestId('person-form');
    await person.getByLabel('Họ tên').fill('Lê Thị Mai');
    await person.getByLabel('Chức vụ').fill('Công chức Văn phòng - Thống kê');
    await person.getByLabel('Điện thoại').fill('0912 000 111');
    await person.getByRole('button', { name: 'Thêm người' }).click();
    const people = admin.getByTestId('people');
    await people.locator('tr', { hasText: 'Lê Thị Mai' }).getByRole('button', { name: 'Sửa' }).click();
    await person.getByLabel('Chức vụ').fill('Phó Chủ tịch UBND xã');
    await person.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await people.locator('tr', { hasText: 'Lê Thị Mai' }).getByText('Phó Chủ tịch UBND xã').waitFor();

    // The commune proposes itself, an official and a citizen at R-NAM-2026 (open today: sampleOpenToday), each with the
    // dossier the movement asks for; the citizen is added to the commune's people by its own clerk.
    const editor = await (await newUserContext(browser)).newPage();
    await editor.goto(`${product.shell.url}/`);
    await editor.getByLabel('Tên đăng nhập').fill('xa.dongtay');
    await editor.getByLabel('Mật khẩu', { exact: true }).fill('Xa-Dong-Tay-2026!');
    await editor.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await editor.getByRole('link', { name: 'Đơn vị của tôi' }).click();
    const ownPeople = editor.getByTestId('unit-people');
    await ownPeople.getByLabel('Họ tên').fill('Trần Văn Dân');
    await ownPeople.getByLabel(/Là công dân sinh sống tại địa phương/).check();
    await ownPeople.getByRole('button', { name: 'Thêm người' }).click();
    await ownPeople.locator('tr', { hasText: 'Trần Văn Dân' }).getByText('Công dân').waitFor();

    const nominations = editor.getByTestId('nominations');
    await nominations.getByRole('combobox', { name: 'Đợt' }).selectOption(REVIEW);
    let files = 0;
    const pdf = () => ({
      name: `ho-so-${++files}.pdf`,
      mimeType: 'application/pdf',
      buffer: Buffer.from(`%PDF-1.4\n% hồ sơ ${files}\n%%EOF\n`),
    });
    const upload = async (where: Locator) => {
      await where.locator('input[type=file]').setInputFiles(pdf());
      await where.getByText('Đã tải lên', { exact: false }).waitFor();
    };
    const attachDossier = async () => {
      for (const id of ['HS-TO-TRINH', 'HS-BAO-CAO-THANH-TICH', 'HS-BIEN-BAN-BINH-XET'])
        await upload(nominations.locator(`[data-document="${id}"]`));
    };
    await nominations
      .locator('#achievements')
      .fill('Dẫn đầu xã về dịch vụ công trực tuyến và thanh toán không dùng tiền mặt năm 2026');
    // Nothing missing goes unsaid: the button waits for the dossier, and says so.
    await nominations
      .getByTestId('propose-missing')
      .getByText('Tờ trình đề nghị khen thưởng', { exact: false })
      .waitFor();
    await attachDossier();
    await nominations.getByRole('button', { name: 'Gửi đề nghị tập thể' }).click();
    await nominations.getByText('Đã gửi đề nghị.', { exact: false }).waitFor();
    await nominations.locator('tbody tr', { hasText: 'xã Đông Tây' }).waitFor();
    for (const who of ['Lê Thị Mai', 'Trần Văn Dân']) {
      await nominations.getByRole('radio', { name: 'Cá nhân' }).check();
      await nominations
        .locator('#nominee-person')
        .selectOption((await nominations.locator('#nominee-person option', { hasText: who }).getAttribute('value'))!);
      await nominations
        .locator('#achievements')
        .fill(`${who}: vận động bà con cài đặt ứng dụng công dân số và thanh toán không dùng tiền mặt`);
      const criterion = nominations.locator('[data-criterion="C-CN-DONG-GOP"]');
      await criterion.getByRole('checkbox').check();
      await upload(criterion);
      await attachDossier();
      await nominations.getByRole('button', { name: 'Gửi đề nghị cá nhân' }).click();
      await nominations.locator('tbody tr', { hasText: who }).waitFor();
    }

    // Home Affairs puts them up for public comment, and the public comments through the portal's widget.
    const homeAffairs = await firstSignIn('noivu.xa', passwords.homeAffairs);
    await homeAffairs.getByRole('link', { name: 'Hội đồng Thi đua - Khen thưởng' }).click();
    await pickReview(homeAffairs);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    await homeAffairs.locator('#comments-until').fill(today);
    await homeAffairs.getByRole('button', { name: 'Mở lấy ý kiến công khai' }).click();
    await expect
      .poll(() => homeAffairs.getByTestId('nominees').getByText('Đang lấy ý kiến', { exact: true }).count())
      .toBe(3);
    const portal = await (await newUserContext(browser)).newPage();
    await portal.goto(product.portal.url);
    const widget = portal.locator('thidua-nominees[data-state="ready"]');
    await widget.waitFor({ timeout: 20_000 });
    const commentOn = async (name: string, body: string) => {
      const card = widget.locator('[data-nominee]', { hasText: name });
      await card.getByRole('button', { name: /Góp ý/ }).click();
      await card.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa');
      await card.getByLabel('Số điện thoại hoặc thư điện tử').fill('0987 111 222');
      await card.getByLabel('Ý kiến').fill(body);
      await card.getByRole('button', { name: 'Gửi ý kiến' }).click();
      await card.getByText('Đã gửi ý kiến, cảm ơn bạn.').waitFor();
    };
    await commentOn('Lê Thị Mai', 'Chị Mai hướng dẫn tận tình, cả thôn đều dùng được dịch vụ công trực tuyến.');
    await commentOn('Trần Văn Dân', 'Ông Dân nhà ở thôn Hai, số điện thoại của ông là 0900 000 000.');
    expect(await widget.textContent()).not.toContain('0987 111 222');

    // The window closing is a day's wait, written to the database.
    const database = await openDatabase(`file:${join(product.dir, 'thidua.db')}`);
    try {
      expect(
        (
          await database.db.nomination.updateMany({
            where: { reviewId: REVIEW, status: 'in_comment' },
            data: { commentsUntil: new Date(Date.now() - 60_000) },
          })
        ).count,
      ).toBe(3);
    } finally {
      await database.close();
    }
    // Home Affairs reads the comments beside each dossier, hides the one that exposes a phone number, and appraises.
    await homeAffairs.reload();
    await pickReview(homeAffairs);
    const nominees = homeAffairs.getByTestId('nominees');
    await nominees
      .locator('tbody tr', { hasText: 'Trần Văn Dân' })
      .getByRole('button', { name: 'Xem hồ sơ, ý kiến' })
      .click();
    const comments = nominees.locator('[data-testid^="comments-"]');
    await comments.getByText('0987 111 222', { exact: false }).waitFor();
    await comments.getByRole('button', { name: 'Ẩn ý kiến' }).click();
    await nominees.getByLabel('Lý do ẩn (ghi vào nhật ký)').fill('Có số điện thoại của người khác');
    await nominees.getByRole('alertdialog').getByRole('button', { name: 'Ẩn ý kiến' }).click();
    await comments.getByText('Đã ẩn: Có số điện thoại của người khác').waitFor();
    for (let i = 0; i < 3; i++) {
      await nominees
        .locator('tbody tr', { hasText: 'Đang lấy ý kiến' })
        .first()
        .getByRole('button', { name: /Xem hồ sơ, ý kiến|Đóng hồ sơ/ })
        .click();
      const details = nominees.locator('[data-testid^="nominee-"]');
      await details.getByRole('link', { name: 'Biên bản họp bình xét của thôn, tổ dân phố hoặc cơ quan' }).waitFor();
      await details.getByRole('button', { name: 'Đạt', exact: true }).click();
      await expect.poll(() => nominees.getByText('Thẩm định đạt').count()).toBe(i + 1);
    }
    await portal.reload();
    await portal
      .locator('thidua-nominees[data-state="ready"]')
      .getByText('Hiện không có đề nghị khen thưởng nào đang lấy ý kiến nhân dân.')
      .waitFor({ timeout: 20_000 });

    // The quorum comes from the council's members in the data (one account: one vote).
    const ballot = homeAffairs.getByTestId('ballot');
    await ballot
      .getByLabel('Hạn bỏ phiếu')
      .fill(
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(Date.now() + 86_400_000)),
      );
    await ballot.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
    await ballot.getByText('Đã có 0 phiếu; cần tối thiểu 1 trên 1 thành viên.', { exact: false }).waitFor();

    const council = await firstSignIn('hoidong.xa', passwords.council);
    await council.getByRole('link', { name: 'Hội đồng Thi đua - Khen thưởng' }).click();
    await pickReview(council);
    const vote = council.getByTestId('ballot');
    await vote.getByRole('radio', { name: 'Đồng ý', exact: true }).nth(2).waitFor();
    for (const radio of await vote.getByRole('radio', { name: 'Đồng ý', exact: true }).all()) await radio.check();
    await vote.getByRole('button', { name: 'Xem lại phiếu trước khi gửi' }).click();
    expect(await vote.getByTestId('vote-review').textContent()).toContain('Trần Văn Dân: Đồng ý');
    await vote.getByRole('button', { name: 'Gửi phiếu' }).click();
    await vote.getByText('Bạn đã bỏ phiếu.', { exact: false }).waitFor();
    await homeAffairs.reload();
    await pickReview(homeAffairs);
    await homeAffairs.getByTestId('ballot').getByRole('button', { name: 'Kết thúc bỏ phiếu và kiểm phiếu' }).click();
    await homeAffairs.getByTestId('tally').getByText('Lê Thị Mai', { exact: false }).waitFor();
    await homeAffairs.getByTestId('ballot').getByRole('button', { name: 'Kết thúc và công bố kết quả' }).click();
    await homeAffairs.getByTestId('ballot').getByText('Kết quả kiểm phiếu: 1 phiếu', { exact: false }).waitFor();

    // The chair decides within the review's own quotas (3 collectives, 5 individuals), after a confirmation.
    const chair = await firstSignIn('chutich.xa', passwords.chair);
    await chair.getByRole('link', { name: 'Quyết định khen thưởng' }).click();
    await pickReview(chair);
    const quota = chair.getByTestId('decision-quotas').locator('[data-quota="collective"]');
    await quota.getByText('Đã dùng 0/3').waitFor();
    const decision = chair.getByTestId('decision-form');
    await decision.locator('li').getByRole('checkbox').nth(2).waitFor();
    for (const box of await decision.locator('li').getByRole('checkbox').all()) await box.check();
    await decision.getByLabel('Số quyết định').fill('15/QĐ-UBND');
    await decision.getByLabel('Người ký').fill('Chủ tịch UBND xã');
    await decision.getByRole('button', { name: 'Xem lại trước khi ban hành' }).click();
    await decision.getByText('Cá nhân: sau quyết định này dùng 2/5 suất').waitFor();
    await decision
      .getByTestId('decision-grantor')
      .getByText('Chủ tịch Ủy ban nhân dân xã A (mẫu)', { exact: false })
      .waitFor();
    await decision.getByRole('button', { name: 'Ban hành quyết định' }).click();
    await decision.getByText('Đã ban hành quyết định.', { exact: false }).waitFor();
    await quota.getByText('Đã dùng 1/3').waitFor();

    await homeAffairs.getByRole('link', { name: 'Quyết định khen thưởng' }).click();
    await pickReview(homeAffairs);
    const documents = homeAffairs.getByTestId('decision-documents');
    await documents.locator('[data-decision="15/QĐ-UBND"]').waitFor();
    const pdfText = async (button: string): Promise<string> => {
      const [download] = await Promise.all([
        homeAffairs.waitForEvent('download', { timeout: 30_000 }),
        documents.getByRole('button', { name: button }).click(),
      ]);
      return execFileSync('pdftotext', [await download.path(), '-'], { encoding: 'utf-8' }).replace(/\s+/g, ' ');
    };
    const decisionText = await pdfText('Tải quyết định 15/QĐ-UBND');
    expect(decisionText).toContain('Số: 15/QĐ-UBND');
    expect(decisionText).toContain('xã Đông Tây');
    expect(decisionText).not.toMatch(/Ninh Sơn|huyện/i);
    const certificate = await pdfText('Giấy khen: xã Đông Tây');
    expect(certificate).toContain('TẶNG GIẤY KHEN');
    expect(certificate).toContain('xã Đông Tây');
    expect(certificate).toContain('Phong trào thi đua chuyển đổi số cấp xã giai đoạn 2026–2030 (mẫu)');
    expect(certificate.toUpperCase()).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ A (MẪU)');
    expect(certificate).not.toMatch(/Ninh Sơn|huyện/i);
    // The individuals' certificates name them; the citizen's too.
    for (const who of ['Lê Thị Mai', 'Trần Văn Dân']) {
      const named = await pdfText(`Giấy khen: ${who}`);
      expect(named).toContain(who);
      expect(named).toContain('TẶNG GIẤY KHEN');
    }

    // A unit that ends with no successor (a village dissolved): its end date, its basis, a confirmation.
    await admin.getByRole('tab', { name: 'Đơn vị' }).click();
    const unitForm = admin.getByTestId('unit-form');
    await unitForm.getByLabel('Mã đơn vị').fill('U-THON-HAI');
    await unitForm.getByLabel('Tên', { exact: true }).fill('thôn Hai');
    await unitForm.getByLabel('Tên tiếng Anh').fill('Village Two');
    await unitForm.getByLabel('Từ ngày').fill('2026-01-01');
    await unitForm.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await unitForm.getByText('Đã thêm đơn vị U-THON-HAI.').waitFor();
    const units = admin.getByTestId('units');
    await units.locator('tr', { hasText: 'U-THON-HAI' }).getByRole('button', { name: 'Kết thúc hoạt động' }).click();
    const closing = admin.getByTestId('unit-close');
    await closing.locator('#unit-close-date').fill('2026-06-01');
    await closing.locator('#unit-close-basis').fill('Nghị quyết sáp nhập thôn, tổ dân phố');
    await closing.getByRole('button', { name: 'Kết thúc hoạt động' }).click();
    await admin
      .getByRole('alertdialog', { name: 'Kết thúc hoạt động' })
      .getByRole('button', { name: 'Xác nhận' })
      .click();
    await admin.getByTestId('unit-closed').waitFor();
    await units.locator('tr', { hasText: 'U-THON-HAI' }).getByText('01/06/2026').waitFor();

    // The commune's clerk also follows the whole province: a further role, chosen at the top of the page, taken back.
    await admin.getByRole('tab', { name: 'Tài khoản' }).click();
    await admin.locator('[data-grants="xa.dongtay"]').getByRole('button', { name: 'Thêm vai trò' }).click();
    const grant = admin.getByTestId('grant-form');
    await grant.locator('#grant-role').selectOption('LEADER');
    await grant.locator('#grant-reason').fill('Theo dõi kết quả toàn tỉnh');
    await grant.getByRole('button', { name: 'Thêm vai trò' }).click();
    await admin.getByTestId('grant-added').waitFor();
    await editor.reload();
    const nav = editor.getByRole('navigation');
    await nav.getByRole('link', { name: 'Đơn vị của tôi' }).waitFor();
    await editor.locator('#acting-role').selectOption({ label: 'Lãnh đạo (xem toàn bộ)' });
    await expect.poll(() => nav.getByRole('link', { name: 'Đơn vị của tôi' }).count()).toBe(0);
    await admin.locator('[data-grants="xa.dongtay"]').getByRole('button', { name: 'Bỏ vai trò' }).click();
    await admin.getByTestId('account-action').locator('#account-reason').fill('Đã có người khác theo dõi');
    await admin.getByTestId('account-action').getByRole('button', { name: 'Xác nhận' }).click();
    await admin.getByTestId('account-action-done').waitFor();
    // The session that acted in it has ended.
    await editor.reload();
    await editor.getByLabel('Tên đăng nhập').waitFor();
  });
});

// The district portal's view: a plain page on its own origin with one script tag shows every widget with the
// seeded, approved numbers; an API that is down shows the error state; a site that is not a registered portal is refused.
import { startPortalDemo, type PortalDemo } from '@thidua/launcher/portal-demo';
import { appDist } from '@thidua/launcher/remotes';
import { startStaticHost, type StaticHost } from '@thidua/launcher/static-host';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserContext } from './browser.js';
import { startTestProduct, unusedPort, type TestProduct } from './support/test-product.js';

let product: TestProduct;
let browser: Browser;
const extraHosts: StaticHost[] = [];
const portals: PortalDemo[] = [];

const newPage = async (): Promise<Page> => (await newUserContext(browser)).newPage();
const publicJson = async <T>(path: string): Promise<T> =>
  (await (await fetch(`${product.api.url}${path}`)).json()) as T;
const settled = (page: Page, selector: string, state: 'ready' | 'error') =>
  page.locator(`${selector}[data-state="${state}"]`).first().waitFor({ timeout: 20_000 });

beforeAll(async () => {
  product = await startTestProduct();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const p of portals) await p.host.close();
  for (const h of extraHosts) await h.close();
  await product?.dispose();
});

describe('portal widgets', () => {
  it('the demo portal on another origin shows every widget with the approved numbers the public API gives', async () => {
    const page = await newPage();
    expect(new URL(product.portal.url).origin).not.toBe(new URL(product.widgets.url).origin);
    const reads: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/public/') && r.frame() === page.mainFrame())
        reads.push(new URL(r.url()).pathname + new URL(r.url()).search);
    });
    await page.goto(product.portal.url);
    for (const tag of [
      'thidua-targets',
      'thidua-leaderboard',
      'thidua-deadlines',
      'thidua-awards',
      'thidua-showcase',
      'thidua-nominees',
    ])
      await settled(page, tag, 'ready');
    expect(await page.locator('[data-state="ready"]').count()).toBe(7);
    // Upgraded from the page's HTML (the script is async), each widget reads its data once: 1 + 2 + 5 + 1 + 1 + 1
    // requests, and the movement's calendar (its years and reviews) once for them all.
    expect(reads.sort()).toEqual([...new Set(reads)].sort());
    expect(reads).toHaveLength(12);
    expect(reads.filter((r) => r === '/api/public/calendar')).toHaveLength(1);

    const targets = await publicJson<
      Array<{ targetId: string; status: string; qualitative: boolean; label: { vi: string } }>
    >('/api/public/targets?year=2025');
    const measured = targets.filter((x) => !x.qualitative && x.status !== 'missing');
    const targetsWidget = page.locator('thidua-targets');
    expect(
      await targetsWidget
        .getByText(`Đạt ${measured.filter((x) => x.status === 'met').length}/${measured.length} chỉ tiêu có số liệu`)
        .count(),
    ).toBe(1);
    expect(await targetsWidget.locator('[role="progressbar"]').count()).toBe(targets.length);
    expect(await targetsWidget.locator('[data-target="T-G1-DOSSIERS-COMMUNE"]').textContent()).toContain(
      targets.find((x) => x.targetId === 'T-G1-DOSSIERS-COMMUNE')!.label.vi,
    );

    const board = await publicJson<{ rows: Array<{ unit_id: string; unit_name: string }> }>(
      '/api/public/leaderboard?year=2025&kind=commune',
    );
    const communes = page.locator('thidua-leaderboard[kind="commune"]');
    expect(await communes.locator('tbody tr').first().getAttribute('data-unit')).toBe(board.rows[0]!.unit_id);
    // The top three of the five communes in force at the 2025 due date (after the merges of 1/7/2025).
    expect(await communes.locator('tbody tr').count()).toBe(3);
    expect(board.rows).toHaveLength(5);
    // From the keyboard: Tab reaches "show more", Enter opens the whole board, focus stays on the button.
    const more = communes.getByRole('button', { name: /Xem thêm/ });
    for (let i = 0; i < 20 && !(await more.evaluate((b) => b.matches(':focus')).catch(() => false)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await communes.locator('tbody tr').count()).toBe(board.rows.length);
    expect(await communes.getByRole('button', { name: 'Thu gọn' }).getAttribute('aria-expanded')).toBe('true');
    expect(await communes.getByRole('button', { name: 'Thu gọn' }).evaluate((b) => b.matches(':focus'))).toBe(true);
    expect(await page.locator('thidua-leaderboard[lang="en"]').getByRole('heading').textContent()).toBe(
      'Leaderboard of enterprises, 2025',
    );

    const y2025 = await publicJson<{ onTime: number; late: number; missing: number }>(
      '/api/public/deadlines?year=2025',
    );
    const row = page.locator('thidua-deadlines tr[data-year="2025"] td');
    expect(await row.allTextContents()).toEqual([
      '14/12/2025',
      String(y2025.onTime),
      String(y2025.late),
      String(y2025.missing),
      expect.stringMatching(/%$/),
    ]);

    const awards = await publicJson<{ awards: Array<{ awardee: string }> }>('/api/public/awards?review=R-INTERIM');
    const awardsWidget = page.locator('thidua-awards');
    expect(await awardsWidget.locator('[data-decision]').textContent()).toBe(
      'Quyết định số 2150/QĐ-UBND ngày 28/12/2023 của Chủ tịch Ủy ban nhân dân huyện',
    );
    expect(await awardsWidget.locator('li strong').allTextContents()).toEqual(awards.awards.map((a) => a.awardee));

    const initiatives = await publicJson<Array<{ id: string; title: string }>>('/api/public/initiatives');
    expect(initiatives.length).toBeGreaterThan(0);
    expect(await page.locator('thidua-showcase [data-initiative] h3').first().textContent()).toBe(
      initiatives[0]!.title,
    );

    // Iframe mode: the widgets' own page, framed by the portal (frame-ancestors lists it).
    const frame = page.frameLocator('iframe');
    await frame.locator('thidua-awards[data-state="ready"]').waitFor({ timeout: 20_000 });
    expect(await frame.getByText('Chưa có quyết định khen thưởng cho đợt này.').count()).toBe(1);
  });

  it('when the API is down each widget shows a readable error with "try again", and the portal page still works', async () => {
    const deadApi = `http://localhost:${await unusedPort()}`;
    const widgets = await startStaticHost({
      root: appDist('widgets'),
      port: 0,
      cors: true,
      proxy: { target: deadApi, prefixes: ['/api/public'] },
    });
    extraHosts.push(widgets);
    const portal = await startPortalDemo(0);
    portals.push(portal);
    portal.useWidgetsAt(widgets.url);
    const page = await newPage();
    await page.goto(portal.host.url);
    await expect.poll(() => page.locator('[data-state="error"]').count()).toBe(7);
    const alert = page.locator('thidua-targets [role="alert"]');
    expect(await alert.textContent()).toContain('Không kết nối được máy chủ số liệu thi đua');
    expect(await page.locator('thidua-targets').getByRole('button', { name: 'Thử lại' }).isVisible()).toBe(true);
    expect(await page.locator('thidua-leaderboard[lang="en"] [role="alert"]').textContent()).toContain(
      'cannot be reached',
    );
    expect(await page.getByRole('heading', { name: 'Cổng thông tin điện tử huyện Ninh Sơn' }).isVisible()).toBe(true);
  });

  it('a site that is not a registered portal gets no data: the API refuses it and the widgets say why; the iframe is not framed', async () => {
    const stranger = await startPortalDemo(0);
    portals.push(stranger);
    stranger.useWidgetsAt(product.widgets.url);
    expect(product.portalOrigins).not.toContain(stranger.host.url);
    const page = await newPage();
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    await page.goto(stranger.host.url);
    await expect.poll(() => page.locator('[data-state="error"]').count()).toBe(7);
    expect(await page.locator('thidua-awards [role="alert"]').textContent()).toContain(
      'Trang này chưa được phép hiển thị số liệu thi đua',
    );
    // The browser itself cannot read the public API from this origin.
    const read = await page.evaluate(async (url) => {
      try {
        await fetch(`${url}/api/public/timeline`);
        return 'read';
      } catch {
        return 'blocked';
      }
    }, product.widgets.url);
    expect(read).toBe('blocked');
    // frame-ancestors does not list this origin: Chromium refuses to show the widgets' page in the frame.
    await expect.poll(() => console.some((line) => line.includes('frame-ancestors'))).toBe(true);
    expect(await page.frameLocator('iframe').locator('thidua-awards').count()).toBe(0);
  });
});

// Every main screen on a phone (390×844) and for a keyboard or screen-reader user: nothing scrolls sideways, no input
// is off screen, axe-core finds no serious or critical violation, and the focus ring stands out on every background.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from './support/sign-in.js';
import { useProductAndBrowser } from './support/offices.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');
const PHONE = { width: 390, height: 844 };

const run = useProductAndBrowser();

/** A fresh phone as a commune official holds it; axe is injected as a test tool, past the page's own script policy. */
const phonePage = async (username: string): Promise<Page> => {
  const context = await run.browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    bypassCSP: true,
  });
  const page = await context.newPage();
  await signIn(page, run.product.shell.url, username);
  return page;
};

/** What does not fit a phone: the page's sideways scroll, and each form field sticking out of the screen. */
const offScreen = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const fields = Array.from(
      document.querySelectorAll<HTMLElement>(
        'main input:not([type=hidden]):not([type=file]), main select, main textarea',
      ),
    )
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.left < -1 || r.right > width + 1))
      .map(
        ({ el, r }) =>
          `${el.id || el.getAttribute('aria-label') || el.tagName} [${Math.round(r.left)}–${Math.round(r.right)}]`,
      );
    return {
      pageScroll: document.documentElement.scrollWidth - width,
      fields,
      checked: document.querySelectorAll('main input, main select, main textarea').length,
    };
  });

const seriousViolations = async (page: Page) => {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
};

const expectFitsAndAccessible = async (page: Page, minimumFields: number) => {
  const fit = await offScreen(page);
  expect(fit.pageScroll, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  expect(fit.fields).toEqual([]);
  expect(fit.checked).toBeGreaterThanOrEqual(minimumFields);
  expect(await seriousViolations(page)).toEqual([]);
};

describe('on a phone, 390×844', () => {
  it('the leader’s dashboard fits and has no serious accessibility violation', async () => {
    const page = await phonePage('lanhdao');
    await page.getByTestId('leaderboard').locator('tbody tr').first().waitFor();
    await page.getByTestId('targets-card').locator('[data-target]').first().waitFor();
    await expectFitsAndAccessible(page, 1);
  });

  it('a commune clerk’s report form: every value and evidence field on screen', async () => {
    const page = await phonePage('xa.nhonson');
    await page.getByRole('link', { name: 'Đơn vị của tôi' }).click();
    await page.getByTestId('report-form').locator('tr[data-criterion]').first().waitFor();
    await page.getByTestId('unit-standing').waitFor();
    await expectFitsAndAccessible(page, 10);
  });

  it('the review queue and a report opened from it', async () => {
    const page = await phonePage('vhtt');
    await page.getByRole('link', { name: 'Kiểm tra, duyệt báo cáo' }).click();
    await page.getByTestId('review-queue').getByRole('button', { name: 'xã Mỹ Sơn', exact: true }).click();
    const review = page.getByTestId('report-review');
    await review.getByTestId('review-values').locator('tbody tr').first().waitFor();
    // The report opened in view, below the queue on a phone.
    await expect
      .poll(async () => {
        const box = await review.boundingBox();
        return box !== null && box.y >= 0 && box.y < PHONE.height;
      })
      .toBe(true);
    await expectFitsAndAccessible(page, 1);
  });

  it('the health office’s grid of figures per commune', async () => {
    const page = await phonePage('yte');
    await page.getByRole('link', { name: 'Y tế' }).click();
    await page.getByTestId('sector-entry').locator('tr[data-commune]').first().waitFor();
    await expectFitsAndAccessible(page, 10);
  });
});

// WCAG 2.x relative luminance and contrast of two CSS rgb() colours.
const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
    .slice(0, 3)
    .map((x) => Number(x) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

describe('the focus ring', () => {
  it('stands out at least 3:1 on the red header and on the page', async () => {
    const context = await run.browser.newContext({
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await signIn(page, run.product.shell.url, 'xa.nhonson');
    const ringOn = async (selector: string, backgroundOf: string) => {
      await page.locator(selector).first().focus();
      // Focus from the keyboard, as :focus-visible requires.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      return page.evaluate(
        ([sel, bg]) => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return {
            matches: el.matches(sel!),
            outline: style.outlineColor,
            width: parseFloat(style.outlineWidth),
            style: style.outlineStyle,
            background: getComputedStyle(document.querySelector(bg!)!).backgroundColor,
          };
        },
        [selector, backgroundOf],
      );
    };
    const header = await ringOn('.td-app-header button', '.td-app-header');
    expect(header.matches).toBe(true);
    expect([header.style, header.width >= 2]).toEqual(['solid', true]);
    expect(contrast(header.outline, header.background)).toBeGreaterThanOrEqual(3);
    const nav = await ringOn('.td-nav a', 'body');
    expect(nav.matches).toBe(true);
    expect(contrast(nav.outline, nav.background)).toBeGreaterThanOrEqual(3);
  });
});

describe('every other main screen, on a laptop', () => {
  const laptopPage = async (username: string): Promise<Page> => {
    const context = await run.browser.newContext({
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 1366, height: 900 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await signIn(page, run.product.shell.url, username);
    return page;
  };
  // The bell's name counts the unread ones ("Thông báo: 3 chưa đọc"), so it is matched by how it begins.
  const screens: Array<{ who: string; link: string | RegExp | null; ready: (page: Page) => Promise<unknown> }> = [
    { who: 'xa.myson', link: null, ready: (p) => p.getByTestId('todo').waitFor() },
    { who: 'xa.myson', link: /^Thông báo/, ready: (p) => p.getByTestId('notifications').waitFor() },
    { who: 'xa.myson', link: 'Mô hình hay, cách làm sáng tạo', ready: (p) => p.locator('main h2').first().waitFor() },
    { who: 'vhtt', link: 'Số liệu chỉ tiêu', ready: (p) => p.locator('main [data-target]').first().waitFor() },
    { who: 'hoidong1', link: 'Hội đồng Thi đua - Khen thưởng', ready: (p) => p.locator('main h2').first().waitFor() },
    { who: 'chutich', link: 'Quyết định khen thưởng', ready: (p) => p.locator('main h2').first().waitFor() },
    { who: 'quantri', link: 'Quản trị hệ thống', ready: (p) => p.getByRole('tab').first().waitFor() },
  ];
  for (const screen of screens) {
    it(`${screen.who}: ${typeof screen.link === 'string' ? screen.link : screen.link ? 'Thông báo' : 'Việc cần làm'} has no serious or critical axe-core violation`, async () => {
      const page = await laptopPage(screen.who);
      if (screen.link)
        await page
          .getByRole(
            'link',
            typeof screen.link === 'string' ? { name: screen.link, exact: true } : { name: screen.link },
          )
          .first()
          .click();
      await screen.ready(page);
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});

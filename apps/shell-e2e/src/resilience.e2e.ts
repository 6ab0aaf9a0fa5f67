// A sector module that is down, answers 503 or hangs shows a Vietnamese notice in its own place only.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserContext } from './browser.js';
import { signIn } from './support/sign-in.js';
import { startTestProduct, unusedPort, type TestProduct } from './support/test-product.js';

let product: TestProduct;
let browser: Browser;
let page: Page;
const servers: Server[] = [];

const serve = async (handler: Parameters<typeof createServer>[1]): Promise<string> => {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://localhost:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  const failing = await serve((_req, res) => {
    res.writeHead(503, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
    res.end('Service Unavailable');
  });
  // Accepts the connection and never answers.
  const hanging = await serve(() => undefined);
  // Nothing listens on the health module's port: the browser's connection is refused.
  const refused = `http://localhost:${await unusedPort()}`;
  product = await startTestProduct({
    skipRemotes: ['health', 'education', 'agriculture'],
    remoteUrls: { health: refused, education: failing, agriculture: hanging },
  });
  browser = await launchBrowser();
  page = await (await newUserContext(browser)).newPage();
});

afterAll(async () => {
  await browser?.close();
  await product?.dispose();
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
});

describe('when sector modules cannot be loaded', () => {
  it('shows the fallback in place of the down (refused), 503 and hanging modules, and the rest of the dashboard works', async () => {
    await signIn(page, product.shell.url, 'lanhdao');
    for (const sector of ['S-HEALTH', 'S-EDUCATION', 'S-AGRICULTURE']) {
      const slot = page.locator(`[data-sector="${sector}"]`);
      await slot.getByTestId('remote-fallback').waitFor({ timeout: 20_000 });
      expect(await slot.textContent()).toMatch(/tạm thời không truy cập được/);
    }
    // The modules that are up, the generic sector cards and the district cards are all there.
    await page.getByTestId('sector-widget-S-LAND-ENV').locator('[data-indicator]').first().waitFor();
    await page.getByTestId('sector-widget-S-RESIDENTS').locator('[data-indicator]').first().waitFor();
    await page.getByTestId('sector-widget-S-FINANCE').waitFor();
    // The five communes in force on the 2025 due date: the merges of 1/7/2025 left Mỹ Sơn, Nhơn Sơn and the three new ones.
    await expect.poll(() => page.getByTestId('leaderboard').locator('tbody tr').count()).toBe(5);
    await page.getByTestId('targets-card').locator('[data-target]').first().waitFor();
    expect(await page.getByTestId('remote-fallback').count()).toBe(3);
  });

  it('a down module’s own page shows the same notice inside the working shell, with a retry', async () => {
    await page.getByRole('link', { name: 'Y tế' }).click();
    await page.waitForURL('**/sector/S-HEALTH');
    // The dashboard (with its three notices) gives way to the module's page, which is the one notice.
    const fallback = page.getByRole('main').getByTestId('remote-fallback');
    await expect.poll(() => fallback.count()).toBe(1);
    await page.getByTestId('sector-cards').waitFor({ state: 'detached' });
    expect(await fallback.getByRole('button', { name: 'Thử lại' }).isEnabled()).toBe(true);
    await page.getByRole('link', { name: 'Tài chính - ngân hàng' }).click();
    await page.getByTestId('sector-module-S-FINANCE').waitFor();
  });
});

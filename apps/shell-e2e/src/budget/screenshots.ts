// `nx run shell-e2e:screenshots`: pictures of the product for docs/ (the dashboard, a sector module, the report form,
// the demo portal with the widgets, the notifications, the good-practice showcase).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@thidua/launcher/remotes';
import type { Page } from 'playwright-core';
import { launchBrowser, newUserContext } from '../browser.js';
import { signIn } from '../support/sign-in.js';
import { startTestProduct } from '../support/test-product.js';

const OUT = join(WORKSPACE_ROOT, 'docs', 'screenshots');
mkdirSync(OUT, { recursive: true });

const product = await startTestProduct();
const browser = await launchBrowser();
try {
  const shoot = async (
    username: string,
    path: string,
    ready: (page: Page) => Promise<unknown>,
    file: string,
    fullPage = true,
  ) => {
    const context = await newUserContext(browser);
    const page = await context.newPage();
    await signIn(page, product.shell.url, username);
    await page.goto(`${product.shell.url}${path}`);
    await ready(page);
    await page.waitForTimeout(800);
    if (!fullPage) await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, file), fullPage });
    await context.close();
    console.log(`docs/screenshots/${file}`);
  };
  await shoot(
    'lanhdao',
    '/',
    (p) => p.getByTestId('sector-widget-S-RESIDENTS').locator('[data-indicator]').first().waitFor(),
    'dashboard.png',
    false,
  );
  await shoot(
    'lanhdao',
    '/',
    async (p) => {
      await p.getByTestId('sector-widget-S-RESIDENTS').locator('[data-indicator]').first().waitFor();
      await p.getByTestId('leaderboard').getByRole('button', { name: 'xã Mỹ Sơn', exact: true }).click();
      await p.getByTestId('explain-panel').locator('[data-row]').first().waitFor();
    },
    'dashboard-full.png',
  );
  await shoot(
    'yte',
    '/sector/S-HEALTH',
    (p) => p.getByTestId('sector-entry').locator('tr[data-commune]').first().waitFor(),
    'sector-health-entry.png',
  );
  await shoot(
    'lanhdao',
    '/sector/S-EDUCATION',
    (p) =>
      p
        .getByTestId('indicator-focus')
        .waitFor()
        .then(() => p.locator('.td-chart svg').first().waitFor()),
    'sector-education-overview.png',
  );
  await shoot(
    'xa.nhonson',
    '/unit',
    (p) => p.getByTestId('report-form').locator('tr[data-criterion]').first().waitFor(),
    'unit-workspace.png',
    false,
  );
  await shoot(
    'xa.myson',
    '/notifications',
    (p) => p.getByTestId('notifications').locator('li[data-kind]').first().waitFor(),
    'notifications.png',
    false,
  );
  await shoot(
    'truyenthanh',
    '/showcase',
    (p) => p.getByTestId('showcase-recognised').locator('li[data-initiative]').first().waitFor(),
    'showcase.png',
    false,
  );
  // The district portal (no sign-in): the widgets on another origin.
  const portal = await (await newUserContext(browser)).newPage();
  await portal.goto(product.portal.url);
  await portal.locator('thidua-awards[data-state="ready"]').waitFor({ timeout: 30_000 });
  await portal.locator('thidua-targets[data-state="ready"]').waitFor();
  await portal.frameLocator('iframe').locator('thidua-awards[data-state="ready"]').waitFor();
  await portal.screenshot({ path: join(OUT, 'portal-widgets.png'), fullPage: true });
  console.log('docs/screenshots/portal-widgets.png');
} finally {
  await browser.close();
  await product.dispose();
}

// The district's offices at work on one seeded product: each person signs in on a browser of their own (fresh
// cookies), as in their offices, and any script error on a page is kept for the test to check.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newUserContext } from '../browser.js';
import { signIn } from './sign-in.js';
import { startTestProduct, type TestProduct } from './test-product.js';

export interface Offices {
  /** Signs this person in on a new browser context and returns their page. */
  as(username: string): Promise<Page>;
  /** Script errors seen on any page, prefixed with whose page it was. */
  errors: string[];
  product(): TestProduct;
}

/** Call at the top of a test file: starts the product and the browser before its tests, and stops them after. */
export const useOffices = (): Offices => {
  let product: TestProduct;
  let browser: Browser;
  let context: BrowserContext | null = null;
  const errors: string[] = [];
  beforeAll(async () => {
    product = await startTestProduct();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.dispose();
  });
  return {
    errors,
    product: () => product,
    as: async (username) => {
      await context?.close();
      context = await newUserContext(browser);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      page.on('pageerror', (e) => errors.push(`${username}: ${e.message}`));
      await signIn(page, product.shell.url, username);
      return page;
    },
  };
};

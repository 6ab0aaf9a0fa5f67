// The district's offices at work on one seeded product: each person signs in on a browser of their own (fresh
// cookies), as in their offices, and any script error on a page is kept for the test to check.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newUserContext } from '../browser.js';
import { signIn } from './sign-in.js';
import { startTestProduct, type TestProduct } from './test-product.js';

export interface ProductAndBrowser {
  readonly product: TestProduct;
  readonly browser: Browser;
}

/** Call at the top of a test file: starts the seeded product and the browser before its tests, and stops them after. */
export const useProductAndBrowser = (): ProductAndBrowser => {
  let product: TestProduct;
  let browser: Browser;
  beforeAll(async () => {
    product = await startTestProduct();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.dispose();
  });
  return {
    get product() {
      return product;
    },
    get browser() {
      return browser;
    },
  };
};

export interface Offices extends ProductAndBrowser {
  /** A new browser context (the last one closed) and its page, not signed in; `who` names it in `errors`. */
  open(who: string): Promise<Page>;
  /** Signs this person in on a new browser context and returns their page. */
  as(username: string): Promise<Page>;
  /** Script errors seen on any page, prefixed with whose page it was. */
  errors: string[];
}

/** Call at the top of a test file whose people take turns on one browser. */
export const useOffices = (): Offices => {
  const run = useProductAndBrowser();
  let context: BrowserContext | null = null;
  const errors: string[] = [];
  const open = async (who: string) => {
    await context?.close();
    context = await newUserContext(run.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
    return page;
  };
  return {
    get product() {
      return run.product;
    },
    get browser() {
      return run.browser;
    },
    errors,
    open,
    as: async (username) => {
      const page = await open(username);
      await signIn(page, run.product.shell.url, username);
      return page;
    },
  };
};

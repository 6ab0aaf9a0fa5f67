// Debian's Chromium driven by Playwright: the flags this offline machine needs, a fresh profile each time (Playwright's own
// temporary user-data-dir).
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // A user's machine has a UTF-8 locale; without one (an empty environment, `env -i`) Chromium cannot write a
    // Vietnamese file name and saves every download as "download".
    env: { ...process.env, LANG: process.env['LANG'] || 'C.UTF-8' },
  });

/** A context as a user in Ninh Sơn has it: Vietnamese, Vietnam's time zone, a laptop screen. */
export const newUserContext = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1366, height: 900 } });

// Signing in through the page as a person would, including the authenticator step for roles that need it.
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'NinhSon-ChuyenDoiSo-2025';

/** TOTP keys shown at first sign-in, remembered like an authenticator app would. */
const authenticator = new Map<string, string>();

const totp = (secret: string) => generateTOTP(decodeBase32IgnorePadding(secret), 30, 6);

export const signIn = async (page: Page, baseUrl: string, username: string): Promise<void> => {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel(/Tên đăng nhập|User name/).fill(username);
  await page.getByLabel(/Mật khẩu|Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click();
  const frame = page.getByRole('navigation');
  const code = page.getByLabel(/Mã xác thực|Authentication code/);
  await Promise.race([frame.waitFor(), code.waitFor()]);
  if (await code.isVisible()) {
    // First sign-in on this database: the page shows the new key once (enrolment); later ones only ask for the code.
    if (!authenticator.has(username)) {
      const shown = page.getByTestId('totp-secret');
      await shown.waitFor();
      authenticator.set(username, (await shown.textContent()) ?? '');
    }
    const secret = authenticator.get(username);
    if (!secret) throw new Error(`no TOTP key known for ${username}`);
    await code.fill(totp(secret));
    await page.getByRole('button', { name: /^(Xác nhận|Confirm)$/ }).click();
    await frame.waitFor();
  }
};

export const signOut = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: /^(Đăng xuất|Sign out)$/ }).click();
  await page.getByLabel(/Tên đăng nhập|User name/).waitFor();
};

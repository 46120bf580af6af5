import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';

export const baseUrl = () => process.env.E2E_BASE_URL!;

/** Debian's Chromium, never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

/** A phone-sized page, in Vietnamese. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
  return context.newPage();
}

/** Runs a journey, keeping a screenshot of the page if it fails. */
export async function withScreenshotOnFailure(
  page: Page,
  name: string,
  journey: () => Promise<void>,
): Promise<void> {
  try {
    await journey();
  } catch (error) {
    const dir = join(__dirname, '..', 'artifacts');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true }).catch(() => undefined);
    throw error;
  }
}

/** A desktop-sized page, in Vietnamese: organizers work at a PC. */
export async function desktopPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  return context.newPage();
}

/** Signs in through the login form. */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByTestId('login-input').fill(login);
  await page.getByTestId('password-input').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

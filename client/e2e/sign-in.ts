import type { Browser, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'ikz-demo-2026';
/** The demo logins of every role (server/demo/data.ts), named by what they are used for. */
export const DEMO = {
  technician: 'lena.hofer@demo.ikz-einsatz.example',
  coverStaff: 'anna.steiner@demo.ikz-einsatz.example',
  apprentice: 'jonas.kofler@demo.ikz-einsatz.example',
  mentor: 'gerhard.taurer@demo.ikz-einsatz.example',
  coordinator: 'thomas.wieser@demo.ikz-einsatz.example',
  contact: 'peter.schober@demo.ikz-einsatz.example',
  admin: 'katharina.moser@demo.ikz-einsatz.example',
} as const;

export type Viewport = { width: number; height: number };

/** A fresh browser context signed in as `email`, on "Heute" once its first sync has shown something. */
export async function signIn(browser: Browser, url: string, email: string, viewport: Viewport): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByTestId('sync-indicator').and(page.locator('[data-phase="idle"]')).waitFor({ timeout: 30_000 });
  return page;
}

/**
 * Waits until the service worker is active, so the app's files are precached: the app says
 * "offline ready" then (an announcement of its own), and pages not yet opened load offline.
 */
export async function offlineReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The "offline ready" notice is drawn right after; let it pass before watching for other messages.
  await page.waitForTimeout(300);
}

/**
 * Waits for the precache (offlineReady) and closes the "offline ready" notice, which floats over the page's
 * bottom for 8 s: a walk over pages or focus must not meet it halfway (the larger precache installs later).
 */
export async function offlineNoticeGone(page: Page): Promise<void> {
  await offlineReady(page);
  const close = page.locator('.toast .btn');
  if (await close.count()) await close.last().click();
  await page.locator('.toast').waitFor({ state: 'detached', timeout: 10_000 });
}

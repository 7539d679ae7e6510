import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';

const EMAIL = 'lena.hofer@demo.ikz-einsatz.example';
const PASSWORD = 'ikz-demo-2026';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(18_400 + Math.floor(Math.random() * 500));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function login(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill(EMAIL);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('assignment-card').first().waitFor({ timeout: 30_000 });
  return page;
}

const pending = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('sync-indicator').getAttribute('data-pending'));

async function addEntry(page: Page, start: string, end: string, note: string): Promise<void> {
  await page.getByTestId('new-entry').click();
  await page.getByTestId('entry-start').fill(start);
  await page.getByTestId('entry-end').fill(end);
  await page.getByTestId('entry-break').fill('0');
  // Municipality and service type: the first real option of each select.
  for (const id of ['entry-municipality', 'entry-service-type']) {
    const select = page.getByTestId(id);
    if (!(await select.inputValue())) {
      const value = await select.locator('option').nth(1).getAttribute('value');
      await select.selectOption(value!);
    }
  }
  await page.getByTestId('entry-note').fill(note);
  await page.getByTestId('entry-save').click();
  await page.getByTestId('entry-row').filter({ hasText: note }).waitFor();
}

describe('a technician’s day without signal', () => {
  it('works offline after a reload and delivers every entry exactly once', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await login(phone);
    // The service worker must be active before the network goes away.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    expect(await page.getByTestId('assignment-card').count()).toBeGreaterThan(0);

    await phone.setOffline(true);
    await page.reload();
    await page.getByTestId('assignment-card').first().waitFor({ timeout: 15_000 });

    await page.goto(`${server.url}/zeiten`).catch(() => undefined);
    await page.getByTestId('new-entry').waitFor();
    await addEntry(page, '06:00', '06:30', 'E2E Keller 1');
    await addEntry(page, '06:30', '07:00', 'E2E Keller 2');
    await addEntry(page, '07:00', '07:15', 'E2E Keller 3');
    await page.getByTestId('timer-start').click();
    await page.waitForTimeout(1500);
    await page.getByTestId('timer-stop').click();
    await expect.poll(() => pending(page), { timeout: 10_000 }).toBe(4);

    // Back in the car: the 'online' event starts a sync by itself.
    await phone.setOffline(false);
    await expect.poll(() => pending(page), { timeout: 30_000 }).toBe(0);

    // Another device of the same person sees all four entries, each once.
    const tablet = await browser.newContext({ viewport: { width: 800, height: 1000 } });
    const other = await login(tablet);
    await other.goto(`${server.url}/zeiten`);
    for (const note of ['E2E Keller 1', 'E2E Keller 2', 'E2E Keller 3']) {
      await other.getByTestId('entry-row').filter({ hasText: note }).first().waitFor();
      expect(await other.getByTestId('entry-row').filter({ hasText: note }).count()).toBe(1);
    }
    const todays = await page.getByTestId('entry-row').count();
    await expect.poll(() => other.getByTestId('entry-row').count(), { timeout: 10_000 }).toBe(todays);
    await phone.close();
    await tablet.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';

const LENA = 'lena.hofer@demo.ikz-einsatz.example';
const ANNA = 'anna.steiner@demo.ikz-einsatz.example';
const PASSWORD = 'ikz-demo-2026';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(19_950 + Math.floor(Math.random() * 40));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
}

const localDatabases = (page: Page): Promise<string[]> =>
  page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('ikz-einsatz-')),
  );

describe('a phone shared by two people', () => {
  it('gives the next person a clean device, after warning about the previous person’s unsent changes', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(`${server.url}/login`);
    await signIn(page, LENA);
    await page.getByTestId('assignment-card').first().waitFor({ timeout: 30_000 });
    // The service worker must hold the app before the network goes away.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    // Lena types a note offline; before it is sent her session ends (expired on the server).
    await phone.setOffline(true);
    await page.goto(`${server.url}/zeiten/neu`).catch(() => undefined);
    await page.getByTestId('entry-start').waitFor();
    await page.getByTestId('entry-start').fill('07:00');
    await page.getByTestId('entry-end').fill('07:30');
    await page.getByTestId('entry-break').fill('0');
    for (const id of ['entry-municipality', 'entry-service-type']) {
      const select = page.getByTestId(id);
      if (!(await select.inputValue()))
        await select.selectOption((await select.locator('option').nth(1).getAttribute('value'))!);
    }
    await page.getByTestId('entry-note').fill('Lenas Notiz, nicht gesendet');
    await page.getByTestId('entry-save').click();
    await page.getByTestId('entry-row').filter({ hasText: 'Lenas Notiz' }).waitFor();
    await phone.clearCookies();
    await phone.setOffline(false);
    await page.reload();

    // The "session expired" screen; Anna signs in on it.
    await page.getByTestId('login-email').waitFor({ timeout: 30_000 });
    const lenas = await localDatabases(page);
    expect(lenas).toHaveLength(1);
    await signIn(page, ANNA);
    const warning = page.getByTestId('login-other-unsent');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/Lena Hofer.*1 Änderung/);
    await page.getByTestId('login-submit').click(); // "Anmelden und löschen"
    await page.getByTestId('assignment-card').first().waitFor({ timeout: 30_000 });

    const names = await localDatabases(page);
    expect(names).toHaveLength(1);
    expect(names).not.toContain(lenas[0]);
    await page.goto(`${server.url}/zeiten`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText('Lenas Notiz').count()).toBe(0);
    await phone.close();
  });
});

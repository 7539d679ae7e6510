import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';

const EMAIL = 'lena.hofer@demo.ikz-einsatz.example';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(18_900 + Math.floor(Math.random() * 500));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function device(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill(EMAIL);
  await page.getByTestId('login-password').fill('ikz-demo-2026');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('assignment-card').first().waitFor({ timeout: 30_000 });
  return { context, page };
}

const pending = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('sync-indicator').getAttribute('data-pending'));
const settled = (page: Page) => expect.poll(() => pending(page), { timeout: 30_000 }).toBe(0);

async function editNote(page: Page, from: string, to: string): Promise<void> {
  await page.goto(`${server.url}/zeiten`).catch(() => undefined);
  await page.getByTestId('entry-row').filter({ hasText: from }).first().click();
  await page.getByTestId('entry-note').fill(to);
  await page.getByTestId('entry-save').click();
  await page.getByTestId('entry-row').filter({ hasText: to }).first().waitFor();
}

/** Logs a new entry for today through the form, with the first municipality and kind of work. */
async function newEntry(page: Page, start: string, end: string, note: string): Promise<void> {
  await page.goto(`${server.url}/zeiten/neu`);
  await page.getByTestId('entry-start').fill(start);
  await page.getByTestId('entry-end').fill(end);
  for (const id of ['entry-municipality', 'entry-service-type']) {
    const select = page.getByTestId(id);
    if (!(await select.inputValue()))
      await select.selectOption((await select.locator('option').nth(1).getAttribute('value'))!);
  }
  await page.getByTestId('entry-note').fill(note);
  await page.getByTestId('entry-save').click();
}

describe('two devices of one person edit the same entry offline', () => {
  it('shows the conflict on the device that synced second and lets the person resolve it', async () => {
    const phone = await device();
    const tablet = await device();

    // An entry both devices know.
    await newEntry(phone.page, '05:00', '05:30', 'Konflikt Anfang');
    await settled(phone.page);
    await tablet.page.goto(`${server.url}/zeiten`);
    await tablet.page.getByTestId('entry-row').filter({ hasText: 'Konflikt Anfang' }).waitFor({ timeout: 30_000 });

    await phone.context.setOffline(true);
    await tablet.context.setOffline(true);
    await editNote(phone.page, 'Konflikt Anfang', 'Notiz vom Handy');
    await editNote(tablet.page, 'Konflikt Anfang', 'Notiz vom Tablet');

    await phone.context.setOffline(false);
    await settled(phone.page);
    await tablet.context.setOffline(false);
    await settled(tablet.page);

    // The tablet lost the race: its edit is kept next to the server's, not silently dropped.
    await tablet.page.goto(`${server.url}/sync`);
    const conflict = tablet.page.getByTestId('sync-conflict');
    await conflict.waitFor({ timeout: 15_000 });
    await expect.poll(() => conflict.textContent()).toContain('Notiz vom Tablet');
    expect(await conflict.textContent()).toContain('Notiz vom Handy');
    await tablet.page.reload();
    await conflict.waitFor({ timeout: 15_000 }); // survives a reload
    await conflict.getByRole('button', { name: 'Meine behalten' }).click();
    await expect.poll(() => tablet.page.getByTestId('sync-conflict').count()).toBe(0);
    await settled(tablet.page);

    // The phone gets the resolved value on its next sync.
    await phone.page.getByTestId('sync-indicator').click();
    await phone.page.goto(`${server.url}/zeiten`);
    await phone.page.getByTestId('entry-row').filter({ hasText: 'Notiz vom Tablet' }).waitFor({ timeout: 30_000 });
    expect(await phone.page.getByTestId('entry-row').filter({ hasText: 'Notiz vom Handy' }).count()).toBe(0);
    await phone.context.close();
    await tablet.context.close();
  });

  it('keeps what she is typing when another device changes the entry meanwhile, and merges on save', async () => {
    const phone = await device();
    const tablet = await device();
    await newEntry(phone.page, '05:00', '05:45', 'Offenes Formular');
    await settled(phone.page);

    // The tablet opens the entry and starts typing, online.
    await tablet.page.goto(`${server.url}/zeiten`);
    await tablet.page.getByTestId('entry-row').filter({ hasText: 'Offenes Formular' }).click({ timeout: 30_000 });
    await tablet.page.getByTestId('entry-start').fill('04:30');

    // Meanwhile the phone corrects the note; the server pokes the tablet, which pulls the new version.
    await editNote(phone.page, 'Offenes Formular', 'Offenes Formular, korrigiert');
    await settled(phone.page);
    await tablet.page.getByTestId('entry-changed-elsewhere').waitFor({ timeout: 15_000 });
    expect(await tablet.page.getByTestId('entry-start').inputValue()).toBe('04:30');

    await tablet.page.getByTestId('entry-save').click();
    await settled(tablet.page);
    await phone.page.getByTestId('sync-indicator').click();
    await phone.page.goto(`${server.url}/zeiten`);
    const row = phone.page.getByTestId('entry-row').filter({ hasText: 'Offenes Formular, korrigiert' });
    await expect
      .poll(async () => ((await row.count()) > 0 ? await row.first().textContent() : ''), { timeout: 30_000 })
      .toContain('04:30');
    await phone.context.close();
    await tablet.context.close();
  });
});

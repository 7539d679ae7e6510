import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';

const PASSWORD = 'ikz-demo-2026';
const CONTACT = 'peter.schober@demo.ikz-einsatz.example';
const TECHNICIAN = 'lena.hofer@demo.ikz-einsatz.example';
/** Set SCREENSHOTS to a folder to keep phone-sized pictures of what is checked, for looking at them. */
const SHOTS = process.env['SCREENSHOTS'];

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(19_900 + Math.floor(Math.random() * 90));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(email: string, ready: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId(ready).first().waitFor({ timeout: 30_000 });
  return page;
}

const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};
const navLinks = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link');

describe('what each role is offered', () => {
  it('offers a municipality contact no time entry, no timer and no week of assignments', async () => {
    const page = await signIn(CONTACT, 'role-note');
    expect(await navLinks(page).allTextContents()).toEqual(['Heute', 'Sync']);
    expect(await page.getByTestId('assignment-card').count()).toBe(0);
    await shot(page, 'contact-heute');

    // A direct link shows why, instead of a form the server would refuse at the next sync.
    for (const path of ['/zeiten', '/zeiten/neu', '/woche']) {
      await page.goto(`${server.url}${path}`);
      await page.getByTestId('not-for-role').waitFor();
      expect(await page.getByTestId('new-entry').count()).toBe(0);
      expect(await page.getByTestId('timer-start').count()).toBe(0);
      expect(await page.getByTestId('entry-save').count()).toBe(0);
    }
    await shot(page, 'contact-zeiten-neu');
    await page.context().close();
  });

  it('shows the technician her assignments and warns in the form about an overlapping entry', async () => {
    const page = await signIn(TECHNICIAN, 'assignment-card');
    expect(await navLinks(page).allTextContents()).toEqual(['Heute', 'Woche', 'Zeiten', 'Sync']);
    await shot(page, 'technician-heute');

    const fillEntry = async (start: string, end: string) => {
      await page.getByTestId('entry-start').fill(start);
      await page.getByTestId('entry-end').fill(end);
      for (const id of ['entry-municipality', 'entry-service-type']) {
        const select = page.getByTestId(id);
        if (!(await select.inputValue()))
          await select.selectOption((await select.locator('option').nth(1).getAttribute('value')) ?? '');
      }
    };
    await page.goto(`${server.url}/zeiten/neu`);
    await fillEntry('05:00', '05:40');
    await page.getByTestId('entry-note').fill('E2E früh');
    await page.getByTestId('entry-save').click();
    await page.getByTestId('entry-row').filter({ hasText: 'E2E früh' }).waitFor();

    await page.getByTestId('new-entry').click();
    await fillEntry('05:15', '06:00');
    const warnings = page.getByTestId('entry-day-warnings');
    await expect.poll(() => warnings.textContent()).toContain('Überschneidet sich mit Ihrem Eintrag 05:00–05:40');
    // The time fields point at the warning, so a screen reader reads it with them.
    expect(await page.getByTestId('entry-end').getAttribute('aria-describedby')).toContain('entry-day-warnings');
    await fillEntry('05:40', '19:00');
    await expect.poll(() => warnings.textContent()).toContain('§ 30 Abs. 1 K-GMG');
    expect(await warnings.textContent()).not.toContain('05:00–05:40');
    await fillEntry('05:15', '06:00');
    await expect.poll(() => warnings.textContent()).toContain('05:00–05:40');
    await shot(page, 'technician-overlap');
    // A warning, not a refusal: the entry can still be saved.
    await page.getByTestId('entry-note').fill('E2E überlappend');
    await page.getByTestId('entry-save').click();
    await page.getByTestId('entry-row').filter({ hasText: 'E2E überlappend' }).waitFor();
    await page.context().close();
  });
});

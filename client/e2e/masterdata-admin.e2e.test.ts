import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { axeViolations } from './axe';
import { DEMO, DEMO_PASSWORD, signIn } from './sign-in';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(18_500 + Math.floor(Math.random() * 400));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const phone = { width: 360, height: 740 };

describe('master data administration in the browser', () => {
  it('lets the administrator reach it from the bottom nav, which still fits five items at 360 px', async () => {
    const page = await signIn(browser, server.url, DEMO.admin, phone);
    const items = page.locator('.bottom-nav a');
    expect(await items.count()).toBe(5);
    for (const box of await items.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON())))
      expect(box.height).toBeGreaterThanOrEqual(44);
    const nav = await page.locator('.bottom-nav').evaluate((n) => n.scrollWidth <= n.clientWidth);
    expect(nav).toBe(true);
    await page.getByRole('link', { name: 'Verwaltung' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    for (const name of ['Gemeinden', 'Standorte', 'Leistungsarten', 'Verband', 'Personen', 'Änderungsprotokoll'])
      await expect(page.getByRole('link', { name, exact: true }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('creates a municipality after showing a wrong field at the field, and a technician receives it', async () => {
    const page = await signIn(browser, server.url, DEMO.admin, phone);
    await page.goto(`${server.url}/verwaltung/gemeinden/neu`);
    await page.getByRole('heading', { level: 1, name: 'Neue Gemeinde' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Moosburg');
    await page.getByLabel('Bundesland').selectOption('AT-2');
    await page.getByLabel('E-Mail der Ansprechperson').fill('amt@');
    await page.getByTestId('municipalities-save').click();
    const email = page.getByTestId('municipalities-contactEmail');
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    const described = (await email.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${described.split(' ').find((id) => id.endsWith('-error'))}`).textContent()).toContain(
      'E-Mail',
    );
    // The summary takes focus, so a screen reader hears what to fix.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(
      'admin-errors',
    );
    await email.fill('amt@moosburg.example');
    await page.getByTestId('municipalities-save').click();
    await page.waitForURL((u) => u.pathname === '/verwaltung/gemeinden');
    await page.getByTestId('admin-list').getByText('Moosburg', { exact: true }).waitFor();
    // The outbox is watched: the change leaves without anyone pressing "sync".
    await page
      .locator('[data-testid="sync-indicator"][data-pending="0"][data-phase="idle"]')
      .waitFor({ timeout: 30_000 });

    const tech = await signIn(browser, server.url, DEMO.technician, phone);
    await tech.goto(`${server.url}/zeiten/neu`);
    await tech.getByRole('heading', { level: 1 }).waitFor();
    // The form's choices come from the device's live master data, drawn a moment after the page.
    const choice = tech.locator('#entry-municipality option', { hasText: 'Moosburg' });
    await choice.waitFor({ state: 'attached', timeout: 10_000 });
    await expect(choice.count()).resolves.toBe(1);
    await tech.context().close();
    await page.context().close();
  });

  it('refuses to delete a municipality that still has sites, and says why on the page', async () => {
    const page = await signIn(browser, server.url, DEMO.admin, phone);
    await page.goto(`${server.url}/verwaltung/gemeinden`);
    await page.getByTestId('admin-list').getByText('Ossiach', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Gemeinde bearbeiten' }).waitFor();
    await page.getByTestId('admin-delete').click();
    await page.locator('dialog.confirm-dialog').getByRole('button', { name: 'Löschen' }).click();
    await expect(page.getByTestId('admin-refused').textContent()).resolves.toContain('verwendet');
    expect(new URL(page.url()).pathname).toMatch(/^\/verwaltung\/gemeinden\/[0-9a-f-]+$/);
    await page.context().close();
  });

  it('has no automatically detectable WCAG 2.1 AA violations on its pages, errors shown included', async () => {
    // axe is injected as an inline script, which the app's CSP blocks (as accessibility.e2e.test.ts does).
    const context = await browser.newContext({ viewport: phone, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill(DEMO.admin);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.locator('[data-testid="sync-indicator"][data-phase="idle"]').waitFor({ timeout: 30_000 });
    const found: string[] = [];
    for (const route of [
      '/verwaltung',
      '/verwaltung/gemeinden',
      '/verwaltung/gemeinden/neu',
      '/verwaltung/standorte',
      '/verwaltung/standorte/neu',
      '/verwaltung/leistungen/neu',
      '/verwaltung/verband',
    ]) {
      await page.goto(`${server.url}${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForTimeout(150);
      found.push(...(await axeViolations(page)).map((v) => `${route}: ${v}`));
    }
    await page.goto(`${server.url}/verwaltung/leistungen/neu`);
    await page.getByTestId('serviceTypes-save').click();
    await page.getByTestId('admin-errors').waitFor();
    found.push(...(await axeViolations(page)).map((v) => `errors: ${v}`));
    expect(found).toEqual([]);
    await context.close();
  });
});

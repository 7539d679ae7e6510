import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { axeViolations } from './axe';

const PASSWORD = 'ikz-demo-2026';
const ADMIN = 'katharina.moser@demo.ikz-einsatz.example';
const TECHNICIAN = 'lena.hofer@demo.ikz-einsatz.example';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(18_900 + Math.floor(Math.random() * 90));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(email: string): Promise<Page> {
  // axe is injected as an inline script, which the app's CSP rightly blocks.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: 30_000 });
  return page;
}

describe('people administration', () => {
  it('lets the admin search, refuses a taken e-mail at its field, and adds a person', async () => {
    const page = await signIn(ADMIN);
    await page.goto(`${server.url}/verwaltung/personen`);
    await page.getByTestId('people-list').waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('people-search').fill('hofer lena');
    await expect
      .poll(() => page.getByTestId('people-list').getByRole('link').allTextContents())
      .toEqual([expect.stringContaining('Lena Hofer')]);

    await page.getByTestId('new-person').click();
    await page.getByLabel('Name', { exact: true }).fill('Miriam Pucher');
    await page.getByLabel('E-Mail').fill(TECHNICIAN.toUpperCase());
    await page.getByTestId('person-save').click();
    const email = page.locator('#person-email');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#person-email-error').textContent()).toContain('bereits vergeben');
    expect(await email.getAttribute('aria-describedby')).toContain('person-email-error');
    expect(await axeViolations(page)).toEqual([]);

    await email.fill('miriam.pucher@demo.ikz-einsatz.example');
    await page.getByLabel('Fähigkeiten').fill('Meldeamt, Kassa');
    await page.getByTestId('person-save').click();
    await page.getByTestId('people-list').waitFor();
    await page.getByTestId('people-search').fill('pucher');
    await expect
      .poll(() => page.getByTestId('people-list').getByRole('link').allTextContents())
      .toEqual([expect.stringContaining('Miriam Pucher')]);
    // It reaches the server with the next sync: a colleague then has her among the people.
    await expect
      .poll(
        async () => {
          const res = await page.request.get(`${server.url}/api/sync/pull?cursor=0&limit=5000`);
          return JSON.stringify(await res.json()).includes('miriam.pucher@demo.ikz-einsatz.example');
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    // Reflow (WCAG 1.4.10): at 320 px neither the list nor the form scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/verwaltung/personen', '/verwaltung/personen/neu']) {
      await page.goto(`${server.url}${path}`);
      await page.getByTestId(path.endsWith('neu') ? 'person-save' : 'people-list').waitFor();
      const sideways = await page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        return scrollWidth - clientWidth;
      });
      expect(sideways, path).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });

  it('tells a technician who follows a direct link that the page is not for her role', async () => {
    const page = await signIn(TECHNICIAN);
    for (const path of ['/verwaltung/personen', '/verwaltung/personen/neu']) {
      await page.goto(`${server.url}${path}`);
      await page.getByTestId('not-for-role').waitFor();
      expect(await page.getByTestId('people-list').count()).toBe(0);
      expect(await page.getByTestId('person-save').count()).toBe(0);
    }
    await page.context().close();
  });
});

import { walkSignedInPages } from './signed-in-walk';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A11Y_CONTACT, launchBrowser, type RunningServer, startServer } from './harness';
import { axeViolations } from './axe';
import { DEMO, DEMO_PASSWORD } from './sign-in';

// axe-core, the engine behind most WCAG checkers, injected into the real pages.

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(19_500 + Math.floor(Math.random() * 400));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('accessibility (WCAG 2.1 AA, automated part)', () => {
  it('finds no violations on the main pages, in German and English, on a phone', async () => {
    // axe is injected as an inline script, which the app's CSP rightly blocks (csp.e2e.test.ts checks the policy).
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    const check = async (where: string) => found.push(...(await axeViolations(page)).map((v) => `${where}: ${v}`));

    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').waitFor();
    await check('login');
    await page.getByTestId('login-submit').click(); // empty form: the error state
    await check('login with errors');
    // The statement is public: reachable from the login page, with the operator's contact.
    await page.getByRole('link', { name: 'Barrierefreiheit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    await page.getByTestId('a11y-contact').waitFor();
    expect(await page.getByTestId('a11y-contact').getAttribute('href')).toBe(`mailto:${A11Y_CONTACT}`);
    await check('accessibility statement');
    const visit = await walkSignedInPages(page, server.url, check);

    await page.getByRole('button', { name: /^EN/ }).click();
    await visit('/zeiten/neu', 'entry-save');
    await page.getByTestId('entry-save').click();
    await check('/zeiten/neu in English with errors');
    // A path that is no app route gets the server's static 404 page (server/http/static.ts), not the app.
    const missing = await page.goto(`${server.url}/no-such-page`);
    expect(missing?.status()).toBe(404);
    await check('404 page');

    await context.close();
    expect(found).toEqual([]);
  });

  it('finds no violations on the planning board’s desktop grid, whose arrow keys move the one Tab stop', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill(DEMO.coordinator);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('sync-indicator').and(page.locator('[data-phase="idle"]')).waitFor({ timeout: 30_000 });
    await page.goto(`${server.url}/planung`);
    await page.getByTestId('board-assignment').first().waitFor();
    const found = (await axeViolations(page)).map((v) => `/planung (grid): ${v}`);

    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
    expect(await page.locator('[data-cell][tabindex="0"]').count()).toBe(1);
    await page.locator('[data-cell][tabindex="0"]').focus();
    expect(await focused()).toBe('0:0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('1:1');
    await page.keyboard.press('End');
    await expect.poll(focused).toBe('1:13');
    // The stop moved with the focus: still one, on the focused cell.
    expect(await page.locator('[data-cell][tabindex="0"]').getAttribute('data-cell')).toBe('1:13');
    await context.close();
    expect(found).toEqual([]);
  });
});

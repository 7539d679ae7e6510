import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirstAdmin, launchBrowser, type RunningServer, startServer } from './harness';

/** A real deployment as README "A real deployment" describes it: no demo data, create-admin, first login. */
const ADMIN: FirstAdmin = {
  association: 'Zweckverband Beispiel',
  email: 'it@beispiel.example',
  name: 'Erika Muster',
  password: 'verband-beispiel-2026',
};

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(18_600 + Math.floor(Math.random() * 200), { firstAdmin: ADMIN });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a real deployment', () => {
  it('starts with no demo data: only the administrator made by create-admin signs in', async () => {
    const demo = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'katharina.moser@demo.ikz-einsatz.example', password: 'ikz-demo-2026' }),
    });
    expect(demo.status).toBe(401);
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill(ADMIN.email);
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('sync-indicator').and(page.locator('[data-phase="idle"]')).waitFor({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toBeTruthy();
  });
});

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { axeViolations } from './axe';
import { DEMO, DEMO_PASSWORD } from './sign-in';

const PHONE = { width: 390, height: 844 };

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(19_100 + Math.floor(Math.random() * 300));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Signed in on a phone; `bypassCSP` only where axe (an inline script) is injected. */
async function signedIn(email: string, bypassCSP = false): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE, bypassCSP, acceptDownloads: true })).newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('sync-indicator').and(page.locator('[data-phase="idle"]')).waitFor({ timeout: 30_000 });
  return page;
}

describe('Mein Konto', () => {
  it('is reached from the sync page; a wrong password is shown at its field; others signed out', async () => {
    const other = await signedIn(DEMO.technician);
    const page = await signedIn(DEMO.technician, true);
    await page.goto(`${server.url}/sync`);
    await page.getByTestId('account-link').click();
    await page.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
    await page.getByTestId('account-sessions').locator('li').nth(1).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('currentPassword').fill('nicht-mein-passwort');
    await page.getByTestId('newPassword').fill('Ossiacher-See-Ufer-42');
    await page.getByTestId('password-submit').click();
    await page.getByText('Das aktuelle Passwort stimmt nicht.').waitFor();
    expect(await page.getByTestId('currentPassword').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('currentPassword');
    expect(await axeViolations(page)).toEqual([]);

    expect(await page.getByTestId('account-sessions').locator('li').count()).toBe(2);
    await page.getByTestId('end-others').click();
    await page.locator('dialog[open]').getByRole('button', { name: 'Andere Geräte abmelden' }).click();
    await page.getByTestId('devices-status').getByText('Andere Geräte abgemeldet: 1.').waitFor();
    expect(await page.getByTestId('account-sessions').locator('li').count()).toBe(1);
    const status = await other.evaluate(() => fetch('/api/auth/me').then((r) => r.status));
    expect(status).toBe(401);

    const download = page.waitForEvent('download');
    await page.getByTestId('export-json').click();
    const file = await (await download).path();
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { sections: { person: { email: string }[] } };
    expect(doc.sections.person[0]?.email).toBe(DEMO.technician);
  });

  it("gives an admin a person's export and erasure, refused with a reason while the person is active", async () => {
    const technician = await signedIn(DEMO.technician);
    const id = await technician.evaluate(() =>
      fetch('/api/auth/me').then((r) => r.json() as Promise<{ user: { id: string } }>),
    );
    const admin = await signedIn(DEMO.admin, true);
    await admin.goto(`${server.url}/verwaltung/personen/${id.user.id}`);
    await admin.getByTestId('erase-person').waitFor({ timeout: 30_000 });
    expect(await axeViolations(admin)).toEqual([]);
    await admin.getByTestId('erase-person').click();
    await admin.locator('dialog[open]').getByRole('button', { name: 'Person löschen' }).click();
    await admin
      .getByTestId('erase-status')
      .getByText('Die Person ist noch aktiv. Bitte zuerst deaktivieren.')
      .waitFor();
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('erase-person');

    await technician.goto(`${server.url}/verwaltung/personen/${id.user.id}`);
    await technician.getByTestId('not-for-role').waitFor();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirstAdmin, launchBrowser, type RunningServer, startServer } from './harness';
import { localRows } from './local-rows';

/**
 * A real deployment as README "A real deployment" describes it (issue 15): no demo data, create-admin,
 * and everything else through the app: master data, a person, the invitation, deactivation.
 */
const ADMIN: FirstAdmin = {
  association: 'Zweckverband Beispiel',
  email: 'it@beispiel.example',
  name: 'Erika Muster',
  password: 'verband-beispiel-2026',
};
const PERSON = { name: 'Paul Neumann', email: 'paul.neumann@beispiel.example', password: 'Neumann-Schulweg-2026' };
const phone = { width: 390, height: 844 };

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

const synced = (page: Page) =>
  page.locator('[data-testid="sync-indicator"][data-pending="0"][data-phase="idle"]').waitFor({ timeout: 30_000 });

/** Fills and saves a master data form, then waits for its list with the new name. */
async function createMasterRow(page: Page, path: string, idPrefix: string, fill: () => Promise<void>, name: string) {
  await page.goto(`${server.url}${path}/neu`);
  await page.getByTestId(`${idPrefix}-save`).waitFor();
  await fill();
  await page.getByTestId(`${idPrefix}-save`).click();
  await page.waitForURL((u) => u.pathname === path);
  await page.getByTestId('admin-list').getByText(name, { exact: true }).waitFor();
}

describe('a real deployment', () => {
  it('starts with no demo data: only the administrator made by create-admin signs in', async () => {
    const demo = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'katharina.moser@demo.ikz-einsatz.example', password: 'ikz-demo-2026' }),
    });
    expect(demo.status).toBe(401);
  });

  it('is set up through the app: master data, a person invited, signed in, deactivated and emptied', async () => {
    const admin = await (await browser.newContext({ viewport: phone })).newPage();
    await admin.goto(`${server.url}/login`);
    await admin.getByTestId('login-email').fill(ADMIN.email);
    await admin.getByTestId('login-password').fill(ADMIN.password);
    await admin.getByTestId('login-submit').click();
    await synced(admin);
    await admin.getByRole('link', { name: 'Verwaltung' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();

    await createMasterRow(
      admin,
      '/verwaltung/gemeinden',
      'municipalities',
      async () => {
        await admin.getByLabel('Name', { exact: true }).fill('Musterstadt');
        await admin.getByLabel('Land', { exact: true }).selectOption('DE');
        await admin.getByLabel('Bundesland').selectOption('DE-HE');
      },
      'Musterstadt',
    );
    await createMasterRow(
      admin,
      '/verwaltung/standorte',
      'sites',
      async () => {
        await admin.getByLabel('Gemeinde').selectOption({ label: 'Musterstadt' });
        await admin.getByLabel('Name', { exact: true }).fill('Grundschule am Markt');
      },
      'Grundschule am Markt',
    );
    await createMasterRow(
      admin,
      '/verwaltung/leistungen',
      'serviceTypes',
      async () => {
        await admin.getByLabel('Kürzel').fill('IT');
        await admin.getByLabel('Name', { exact: true }).fill('Schul-IT');
        await admin.getByLabel('Kostensatz pro Stunde (Euro)').fill('48,50');
      },
      'Schul-IT',
    );

    // The person, then their page with the invitation.
    await admin.goto(`${server.url}/verwaltung/personen/neu`);
    await admin.getByLabel('Name', { exact: true }).fill(PERSON.name);
    await admin.getByLabel('E-Mail').fill(PERSON.email);
    await admin.getByTestId('person-save').click();
    // The account part of the page asks the server, which knows the person once the create is sent.
    await admin.getByTestId('people-list').waitFor();
    await synced(admin);
    await admin
      .getByTestId('people-list')
      .getByRole('link', { name: new RegExp(PERSON.name) })
      .click();
    await admin.getByTestId('invite-button').click({ timeout: 30_000 });
    const link = await admin.getByTestId('invite-link').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/einladung/[\\w-]{43}$`));

    // The colleague's phone opens the link, sets a password and is signed in with the association's data.
    const phoneContext = await browser.newContext({ viewport: phone });
    const colleague = await phoneContext.newPage();
    await colleague.goto(link);
    await colleague.getByTestId('invite-greeting').filter({ hasText: PERSON.name }).waitFor();
    await colleague.getByTestId('invite-password').fill(PERSON.password);
    await colleague.getByTestId('invite-repeat').fill(PERSON.password);
    await colleague.getByTestId('invite-submit').click();
    await colleague.waitForURL(`${server.url}/`);
    await synced(colleague);
    await expect.poll(() => localRows(colleague), { timeout: 30_000 }).toBeGreaterThan(0);
    const me = (await colleague.evaluate(() => fetch('/api/auth/me').then((r) => r.json()))) as {
      user: { displayName: string };
    };
    expect(me.user.displayName).toBe(PERSON.name);

    // Deactivated by the admin, the phone is signed out and keeps none of the association's data.
    await admin.getByTestId('active-switch').click();
    await admin.locator('dialog.confirm-dialog .btn-danger').click();
    await admin.getByTestId('active-state').filter({ hasText: 'Deaktiviert' }).waitFor();
    await colleague.getByTestId('login-email').waitFor({ timeout: 75_000 });
    expect(await localRows(colleague)).toBe(0);
    expect(await colleague.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);
    await phoneContext.close();
    await admin.context().close();
  });
});

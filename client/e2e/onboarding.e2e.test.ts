import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localRows } from './local-rows';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { axeViolations } from './axe';
import { DEMO, DEMO_PASSWORD } from './sign-in';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(19_700 + Math.floor(Math.random() * 40));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// axe-core as in accessibility.e2e.test.ts (injected inline, hence contexts that bypass the CSP).
const PERSON = 'Markus Pichler';
const JULIA = 'julia.wallner@demo.ikz-einsatz.example';

/** The id of a person by name, through the admin's pull from the test process. */
async function personIdByApi(cookie: string, name: string): Promise<string> {
  const res = await fetch(`${server.url}/api/sync/pull?cursor=0&limit=5000`, { headers: { cookie } });
  const body = (await res.json()) as { upserts: { people: { id: string; displayName: string }[] } };
  const found = body.upserts.people.find((p) => p.displayName === name);
  if (!found) throw new Error(`no person ${name}`);
  return found.id;
}
const NEW_PASSWORD = 'Himmelberg-Tiebelweg-2026';

/** The id of a person by name, read through the admin's own pull (no people list page yet). */
const personId = (page: Page, name: string): Promise<string> =>
  page.evaluate(async (wanted) => {
    let cursor = 0;
    for (;;) {
      const res = await fetch(`/api/sync/pull?cursor=${cursor}&limit=5000`, { credentials: 'same-origin' });
      const body = (await res.json()) as {
        cursor: number;
        more: boolean;
        upserts: { people: { id: string; displayName: string }[] };
      };
      const found = body.upserts.people.find((p) => p.displayName === wanted);
      if (found) return found.id;
      if (!body.more) throw new Error(`no person ${wanted}`);
      cursor = body.cursor;
    }
  }, name);

describe('onboarding by invitation', () => {
  it('invites, sets a password, signs in; deactivated, the device is signed out and empty', async () => {
    const admin = await (
      await browser.newContext({ viewport: { width: 1024, height: 800 }, bypassCSP: true })
    ).newPage();
    await admin.goto(`${server.url}/login`);
    await admin.getByTestId('login-email').fill(DEMO.admin);
    await admin.getByTestId('login-password').fill(DEMO_PASSWORD);
    await admin.getByTestId('login-submit').click();
    await admin.getByTestId('sync-indicator').and(admin.locator('[data-phase="idle"]')).waitFor({ timeout: 30_000 });
    const id = await personId(admin, PERSON);
    await admin.goto(`${server.url}/verwaltung/personen/${id}`);
    await admin.getByRole('heading', { level: 2, name: 'Zugang' }).waitFor({ timeout: 30_000 });
    await admin.getByTestId('invite-button').click();
    const linkField = admin.getByTestId('invite-link');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/einladung/[\\w-]{43}$`));
    expect(await admin.getByTestId('invite-qr').getAttribute('aria-label')).toContain(PERSON);
    expect(await axeViolations(admin)).toEqual([]);

    // The colleague's phone opens the link.
    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const phone = await phoneContext.newPage();
    await phone.goto(link);
    await phone.getByTestId('invite-greeting').filter({ hasText: PERSON }).waitFor();
    // A common password is refused at the field, named there.
    await phone.getByTestId('invite-password').fill('password123');
    await phone.getByTestId('invite-repeat').fill('password123');
    await phone.getByTestId('invite-submit').click();
    await phone.locator('#invite-password-error').waitFor();
    expect(await phone.getByTestId('invite-password').getAttribute('aria-invalid')).toBe('true');
    expect(await phone.getByTestId('invite-password').getAttribute('aria-describedby')).toContain(
      'invite-password-error',
    );
    expect(await phone.locator('#invite-password-error').textContent()).toMatch(/zu häufig/);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.getByTestId('invite-password').fill(NEW_PASSWORD);
    await phone.getByTestId('invite-repeat').fill(NEW_PASSWORD);
    await phone.getByTestId('invite-submit').click();
    await phone.waitForURL(`${server.url}/`);
    await phone.getByTestId('sync-indicator').and(phone.locator('[data-phase="idle"]')).waitFor({ timeout: 30_000 });
    await phone.getByTestId('assignment-card').first().waitFor({ timeout: 30_000 });
    expect(await localRows(phone)).toBeGreaterThan(0);

    // The admin deactivates the person, after confirming.
    await admin.getByTestId('active-switch').click();
    await admin.locator('dialog.confirm-dialog .btn-danger').click();
    await admin.getByTestId('active-state').filter({ hasText: 'Deaktiviert' }).waitFor();

    // The phone hears of it (live poke, or its next sync), is signed out and keeps nothing.
    await phone.getByTestId('login-email').waitFor({ timeout: 75_000 });
    expect(await localRows(phone)).toBe(0);
    const me = await phone.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    await phoneContext.close();
    await admin.context().close();
  });

  it('a person deactivated while the app was closed finds the sign-in page and no data on opening it', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill(JULIA);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('assignment-card').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => localRows(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.goto('about:blank'); // the app is closed; its data stays in the browser

    const admin = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO.admin, password: DEMO_PASSWORD }),
    });
    const cookie = (admin.headers.get('set-cookie') ?? '').split(';')[0]!;
    const id = await personIdByApi(cookie, 'Julia Wallner');
    const res = await fetch(`${server.url}/api/admin/people/${id}/deactivate`, { method: 'POST', headers: { cookie } });
    expect(res.status).toBe(200);

    await page.goto(`${server.url}/`);
    await page.getByTestId('login-email').waitFor({ timeout: 30_000 });
    await expect.poll(() => localRows(page), { timeout: 10_000 }).toBe(0);
    await context.close();
  });
});

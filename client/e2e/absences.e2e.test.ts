import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { axeViolations } from './axe';
import { DEMO, DEMO_PASSWORD } from './sign-in';

const PHONE = { width: 360, height: 740 };

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(19_400 + Math.floor(Math.random() * 300));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Absences and details held by the app databases of this browser context. */
const heldAbsences = (page: Page) =>
  page.evaluate(async () => {
    const held = { absences: 0, details: 0 };
    for (const info of await indexedDB.databases()) {
      if (!info.name?.startsWith('ikz-einsatz-')) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const count = (store: string) =>
        db.objectStoreNames.contains(store)
          ? new Promise<number>((resolve) => {
              const req = db.transaction(store).objectStore(store).count();
              req.onsuccess = () => resolve(req.result);
            })
          : 0;
      held.absences += await count('absences');
      held.details += await count('absenceDetails');
      db.close();
    }
    return held;
  });

/** Signed in on a small phone; `bypassCSP` lets axe (an inline script) in. */
async function signedIn(email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE, bypassCSP: true })).newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

const syncNow = async (page: Page) => {
  await page.goto(`${server.url}/sync`);
  await page.getByTestId('sync-indicator').and(page.locator('[data-phase="idle"]')).waitFor({ timeout: 30_000 });
};

describe('Abwesenheiten', () => {
  it('a technician requests leave (errors at the field), the coordinator approves it', async () => {
    const lena = await signedIn(DEMO.technician);
    await lena.getByTestId('absence-link').click();
    await lena.getByRole('heading', { level: 1, name: 'Abwesenheiten' }).waitFor();
    // The demo's open request is listed with its note (her own details).
    await lena.getByTestId('my-absences').getByText('Familienfeier').waitFor();

    await lena.locator('#request-from').fill('2026-12-15');
    await lena.locator('#request-to').fill('2026-12-14');
    await lena.getByTestId('request-save').click();
    await lena.getByTestId('admin-errors').waitFor();
    expect(await lena.locator('#request-to').getAttribute('aria-invalid')).toBe('true');
    expect(await lena.locator('#request-to-error').textContent()).toContain('Ende');

    await lena.locator('#request-to').fill('2026-12-16');
    await lena.locator('#request-note').fill('Skiurlaub');
    await lena.getByTestId('request-save').click();
    await lena.getByTestId('my-absences').getByText('Skiurlaub').waitFor();
    expect(await lena.evaluate(() => document.activeElement?.id)).toBe('request-from');
    expect(await lena.locator('#request-to').getAttribute('aria-invalid')).toBeNull();
    expect(await axeViolations(lena)).toEqual([]);
    await syncNow(lena);

    const thomas = await signedIn(DEMO.coordinator);
    await thomas.getByTestId('absence-link').click();
    await thomas.getByRole('heading', { level: 1, name: 'Abwesenheiten planen' }).waitFor();
    const request = thomas.getByTestId('open-requests').getByTestId('absence-item').filter({ hasText: 'Skiurlaub' });
    await request.waitFor();
    expect(await axeViolations(thomas)).toEqual([]);
    await request.getByTestId('absence-approve').click();
    await request.waitFor({ state: 'detached' });
    const focused = await thomas.evaluate(() => document.activeElement?.tagName ?? '');
    expect(focused).not.toBe('BODY');
    await syncNow(thomas);

    await syncNow(lena);
    await lena.goto(`${server.url}/abwesenheiten`);
    const mine = lena.getByTestId('my-absences').getByTestId('absence-item').filter({ hasText: 'Skiurlaub' });
    await mine.and(lena.locator('[data-status="approved"]')).waitFor();
    await mine.getByText('Thomas Wieser').waitFor();

    // Approved by mistake: the coordinator withdraws it again, and it leaves the list of what is coming.
    await thomas.goto(`${server.url}/planung/abwesenheiten`);
    const approved = thomas.getByTestId('absence-item').filter({ hasText: 'Skiurlaub' });
    await approved.getByTestId('absence-revoke').click();
    await approved.waitFor({ state: 'detached' });
    expect(await thomas.evaluate(() => document.activeElement?.tagName ?? '')).not.toBe('BODY');
  });

  it('a colleague sees who is away, never why; a staff member cannot open the planners’ page', async () => {
    const anna = await signedIn(DEMO.coverStaff);
    // After her first pull: every absence of the demo (and Lena's from the test before), details of her own only.
    await expect.poll(async () => (await heldAbsences(anna)).absences >= 4, { timeout: 20_000 }).toBe(true);
    expect((await heldAbsences(anna)).details).toBe(1);
    await anna.goto(`${server.url}/planung/abwesenheiten`);
    await anna.getByTestId('not-for-role').waitFor();
  });
});

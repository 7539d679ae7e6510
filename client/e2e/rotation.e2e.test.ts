import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateIn, weekStart } from '../../shared/time/dates';
import { axeViolations } from './axe';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { DEMO, DEMO_PASSWORD } from './sign-in';

const PHONE = { width: 390, height: 844 };
const SHOTS = '/tmp/shots-d';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(19_700 + Math.floor(Math.random() * 250));
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Signed in on a phone once the first sync is done; `bypassCSP` lets axe (an inline script) in. */
async function signedIn(email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE, bypassCSP: true })).newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByTestId('sync-indicator').and(page.locator('[data-phase="idle"]')).waitFor({ timeout: 30_000 });
  return page;
}

const syncNow = async (page: Page) => {
  await page.goto(`${server.url}/sync`);
  await page.getByTestId('sync-indicator').and(page.locator('[data-phase="idle"]')).waitFor({ timeout: 30_000 });
};

describe('Ausbildung: Stationen', () => {
  it("a coordinator fills the gap in Jonas's rotation; his phone shows it as his next station", async () => {
    // The demo (server/demo/rotation.ts) is laid out around this week's Monday in the association's zone.
    const monday = weekStart(dateIn('Europe/Vienna', new Date()));
    const jonas = await signedIn(DEMO.apprentice);
    const where = jonas.getByTestId('where-when');
    await where.getByTestId('station-stop').first().waitFor();
    await expect
      .poll(() => where.getByTestId('station-stop').allTextContents())
      .toEqual([expect.stringContaining('Finanzverwaltung'), expect.stringContaining('Himmelberg')]);

    const thomas = await signedIn(DEMO.coordinator);
    await thomas.goto(`${server.url}/planung`);
    await thomas.getByTestId('rotation-link').click();
    await thomas.getByRole('heading', { level: 1, name: 'Ausbildung: Stationen' }).waitFor();
    await thomas.getByRole('button', { name: 'Jonas Kofler' }).click();
    const panel = thomas.getByTestId('plan-panel');
    await panel.getByTestId('plan-flags').getByText('Nicht abgedeckt: Standesamt').waitFor();
    await panel.getByTestId('plan-flags').getByText('5 Arbeitstage', { exact: false }).waitFor();
    await thomas.getByRole('button', { name: 'Jonas Kofler (2 Hinweise)' }).waitFor();
    await thomas.evaluate(() => window.scrollTo(0, 0));
    await thomas.screenshot({ path: `${SHOTS}/coordinator-year-flagged.png` });

    // A station ending before it starts is refused at the field.
    await thomas.locator('#station-municipalityId').selectOption({ label: 'Gnesau' });
    await thomas.locator('#station-department').fill('Standesamt');
    await thomas.locator('#station-startsOn').fill(addDays(monday, 32));
    await thomas.locator('#station-endsOn').fill(addDays(monday, 28));
    await thomas.locator('#station-mentorId').selectOption({ label: 'Gerhard Taurer' });
    await thomas.locator('#station-trainingAreas').fill('Standesamt');
    await thomas.getByTestId('station-save').click();
    await thomas.getByTestId('admin-errors').waitFor();
    expect(await thomas.locator('#station-endsOn').getAttribute('aria-invalid')).toBe('true');

    await thomas.locator('#station-startsOn').fill(addDays(monday, 28));
    await thomas.locator('#station-endsOn').fill(addDays(monday, 32));
    await thomas.getByTestId('station-save').click();
    await panel.getByTestId('plan-stations').getByText('Gnesau').waitFor();
    await panel.getByText('Keine Hinweise', { exact: false }).waitFor();
    // The year view shows the new station as a block in Jonas's row, no longer flagged.
    const block = thomas.getByTestId('year-row').first().getByTestId('year-block').filter({ hasText: 'Gnesau' });
    expect(await block.count()).toBe(addDays(monday, 28).slice(0, 4) === monday.slice(0, 4) ? 1 : 0);
    expect(await axeViolations(thomas)).toEqual([]);
    await thomas.evaluate(() => window.scrollTo(0, 0));
    await thomas.screenshot({ path: `${SHOTS}/coordinator-year.png` });
    await panel.getByTestId('plan-stations').scrollIntoViewIfNeeded();
    await thomas.screenshot({ path: `${SHOTS}/coordinator-plan.png` });
    await syncNow(thomas);
    expect(await thomas.locator('[data-testid="sync-problem"], [data-testid="sync-conflict"]').count()).toBe(0);

    await syncNow(jonas);
    await jonas.goto(`${server.url}/`);
    await expect
      .poll(() => jonas.getByTestId('where-when').getByTestId('station-stop').allTextContents())
      .toEqual([expect.stringContaining('Finanzverwaltung'), expect.stringContaining('Gnesau')]);
    const next = jonas.getByTestId('station-stop').nth(1);
    expect(await next.textContent()).toContain('Gerhard Taurer');
    expect(await next.textContent()).toContain('08:00');
    // The demo's school day (server/demo/absences.ts: next week's Tuesday) is part of the days ahead.
    expect(await jonas.getByTestId('station-week').locator('[data-school="true"]').textContent()).toContain(
      'Berufsschule',
    );
    expect(await axeViolations(jonas)).toEqual([]);
    await jonas.evaluate(() => window.scrollTo(0, 0));
    await jonas.screenshot({ path: `${SHOTS}/apprentice-today.png` });
    await jonas.getByTestId('station-week').scrollIntoViewIfNeeded();
    await jonas.screenshot({ path: `${SHOTS}/apprentice-today-week.png` });
  });
});

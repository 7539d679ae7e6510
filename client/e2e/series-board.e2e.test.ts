import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateIn, weekStart } from '../../shared/time/dates';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { DEMO, signIn } from './sign-in';

/**
 * Issue 17 point 2 on the board: a coordinator makes a series from the assignment form on the phone; the
 * preview lists the dates before saving (days she is booked already as conflicts), the result stays shown,
 * and the server's expansion reaches the series page after the sync.
 */
const PHONE = { width: 390, height: 844 };
const SHOTS = process.env['SCREENSHOTS'] ?? '/tmp/shots-b';

const nextMonday = addDays(weekStart(dateIn('Europe/Vienna', new Date())), 7);
const tuesday = addDays(nextMonday, 1);

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(19_900 + Math.floor(Math.random() * 90));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('series from the board', () => {
  it('previews the dates of a weekly series on the phone, saves it and shows what it made', async () => {
    const page = await signIn(browser, server.url, DEMO.coordinator, PHONE);
    await page.goto(`${server.url}/planung?woche=${nextMonday}`);
    await page.getByTestId('board-list').waitFor();
    await page
      .getByRole('button', { name: /Einsatz planen\s*: Julia Wallner/ })
      .first()
      .click();
    await page.locator('#plan-date').fill(tuesday);
    await page.locator('#plan-start').fill('13:00');
    await page.locator('#plan-end').fill('15:00');
    const siteSelect = page.getByTestId('plan-site');
    await siteSelect.selectOption((await siteSelect.locator('option').nth(1).getAttribute('value'))!);
    await page.getByTestId('plan-service').selectOption({ label: 'Vertretung Bürgerservice' });
    await page.locator('#plan-task').fill('Bürgerservice am Nachmittag');
    await page.getByLabel('Wiederholen').check();
    await page.getByTestId('plan-repeat').getByLabel('Do', { exact: true }).check();
    await page.locator('#plan-repeat-until').fill(addDays(tuesday, 27));
    const dates = page.getByTestId('plan-repeat-dates').locator('li');
    // Tuesdays and Thursdays over four weeks: eight dates, less any public holiday of the demo's state.
    await expect.poll(() => dates.count(), { timeout: 10_000 }).toBeGreaterThan(5);
    await page.getByTestId('plan-repeat').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/board-series-form.png` });
    await page.getByTestId('plan-repeat-preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/board-series-preview.png` });
    await page.screenshot({ path: `${SHOTS}/board-series-form-full.png`, fullPage: true });

    // Every second week: the preview follows at once.
    const before = await dates.count();
    await page.locator('#plan-repeat-interval').fill('2');
    await expect.poll(() => dates.count()).toBeLessThan(before);

    // An end more than five years on is refused at the field, in German.
    await page.locator('#plan-repeat-until').fill(addDays(tuesday, 5 * 366));
    await page.getByTestId('plan-save').click();
    await expect.poll(() => page.locator('#plan-repeat-until-error').textContent()).toContain('fünf Jahre');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-repeat-until');
    await page.screenshot({ path: `${SHOTS}/board-series-end-error.png` });

    await page.locator('#plan-repeat-until').fill(addDays(tuesday, 27));
    await page.getByTestId('plan-save').click();
    await page.getByRole('heading', { name: 'Serie gespeichert' }).waitFor();
    await page.getByTestId('plan-repeat-preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/board-series-saved.png` });

    await page.goto(`${server.url}/planung/serien`);
    const item = page.getByTestId('series-item').filter({ hasText: 'Julia Wallner' });
    await item.first().waitFor({ timeout: 30_000 });
    expect(await item.first().textContent()).toContain('Dienstag, Donnerstag');

    // After the sync, Thursday's occurrence on the board offers the split choice as a radio group.
    await page.getByTestId('sync-indicator').click();
    await expect
      .poll(async () => Number(await page.getByTestId('sync-indicator').getAttribute('data-pending')), {
        timeout: 30_000,
      })
      .toBe(0);
    await page.goto(`${server.url}/planung?woche=${nextMonday}`);
    await page.getByTestId('board-list').waitFor();
    await page.getByLabel('Tag', { exact: true }).selectOption({ index: 3 });
    const julia = page.locator('.board-person-card').filter({ hasText: 'Julia Wallner' });
    await julia.getByTestId('board-assignment').filter({ hasText: '13:00' }).first().click();
    const scope = page.getByTestId('plan-series-scope');
    await scope.waitFor();
    expect(await scope.getByRole('radio', { name: 'Nur diesen Termin' }).isChecked()).toBe(true);
    await scope.getByRole('radio', { name: 'Diesen und alle folgenden' }).check();
    await page.getByTestId('plan-repeat-dates').waitFor();
    // The series' own rest leaves with the split: its dates are no conflicts of the new part.
    expect(await page.getByTestId('plan-repeat-preview').textContent()).not.toContain('bereits eingeplant');
    await scope.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/board-series-split.png` });
  });
});

import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateIn, weekStart } from '../../shared/time/dates';
import { axeViolations } from './axe';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { DEMO, DEMO_PASSWORD, offlineNoticeGone, signIn } from './sign-in';

/**
 * Issue 17.1 end to end: a coordinator publishes an open shift in the app; a qualified technician takes it on
 * her phone; a second one, whose phone still shows it open, is told it is taken and by whom; the coordinator
 * confirms the waiting claim and the first technician finds that in her inbox.
 */
const PHONE = { width: 390, height: 844 };
const MARKUS = 'markus.pichler@demo.ikz-einsatz.example'; // a second IT technician of the demo
const SHOTS = process.env['SCREENSHOTS'] ?? '/tmp/shots-a';
const TASK = 'E2E: Notebook-Wagen einrichten';

// Wednesday three weeks on: past the demo's planned weeks and its absences, so the claim breaks no rule.
const day = addDays(weekStart(dateIn('Europe/Vienna', new Date())), 23);

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

/** The coordinator on a phone; `bypassCSP` lets axe (an inline script) in. */
async function coordinator(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE, bypassCSP: true })).newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill(DEMO.coordinator);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByTestId('sync-indicator').and(page.locator('[data-phase="idle"]')).waitFor({ timeout: 30_000 });
  return page;
}

const shiftOnToday = (page: Page) => page.getByTestId('open-shift').filter({ hasText: TASK });
/** A sync asked for now (the indicator's button), waited for until it is idle again. */
async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('sync-indicator').click();
  await page.getByTestId('sync-indicator').and(page.locator('[data-phase="idle"]')).waitFor({ timeout: 30_000 });
}

/** Publishes a shift through the planners' form at Feldkirchen's first site, for IT-Schulsupport. */
async function publish(page: Page, shift: { date: string; start: string; end: string; task: string }): Promise<void> {
  await page.goto(`${server.url}/planung/offene-dienste`);
  const form = page.getByTestId('publish-form');
  await form.locator('#publish-municipalityId').selectOption({ label: 'Feldkirchen in Kärnten' });
  const site = form.locator('#publish-siteId');
  await site.selectOption((await site.locator('option').nth(1).getAttribute('value'))!);
  await form.locator('#publish-serviceTypeId').selectOption({ label: 'IT-Schulsupport' });
  await form.locator('#publish-date').fill(shift.date);
  await form.locator('#publish-start').fill(shift.start);
  await form.locator('#publish-end').fill(shift.end);
  await form.locator('#publish-task').fill(shift.task);
  await form.getByRole('checkbox', { name: 'IT-Schulsupport' }).check();
  await form.getByRole('button', { name: 'Ausschreiben' }).click();
  await expect
    .poll(() => form.getByTestId('publish-status').textContent(), { timeout: 20_000 })
    .toMatch(/^Ausgeschrieben/);
}

describe('open shifts', () => {
  it('published by the coordinator, claimed first by one technician, refused to the second, confirmed', async () => {
    const thomas = await coordinator();
    await thomas.goto(`${server.url}/planung`);
    await thomas.getByTestId('open-shifts-link').click();
    await thomas.getByRole('heading', { level: 1, name: 'Offene Dienste' }).waitFor();
    await offlineNoticeGone(thomas);
    const form = thomas.getByTestId('publish-form');
    expect(await axeViolations(thomas)).toEqual([]);

    // Sent empty: the summary takes focus and each field says what is missing.
    await form.getByRole('button', { name: 'Ausschreiben' }).click();
    await form.locator('#publish-siteId-error').waitFor();
    expect(await form.locator('#publish-municipalityId').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('#publish-date-error').textContent()).toBe('Bitte ausfüllen.');
    expect(await thomas.evaluate(() => document.activeElement?.className)).toContain('error-summary');
    expect(await axeViolations(thomas)).toEqual([]);
    await thomas.screenshot({ path: `${SHOTS}/coordinator-errors.png` });

    await form.locator('#publish-municipalityId').selectOption({ label: 'Feldkirchen in Kärnten' });
    const site = form.locator('#publish-siteId');
    await site.selectOption((await site.locator('option').nth(1).getAttribute('value'))!);
    await form.locator('#publish-serviceTypeId').selectOption({ label: 'IT-Schulsupport' });
    await form.locator('#publish-date').fill(day);
    await form.locator('#publish-start').fill('13:00');
    // The end before the start: the shared schema's rule, at the end field.
    await form.locator('#publish-end').fill('12:00');
    await form.getByRole('button', { name: 'Ausschreiben' }).click();
    await expect
      .poll(() => form.locator('#publish-end-error').textContent())
      .toBe('Das Ende muss nach dem Beginn liegen.');
    await form.locator('#publish-end').fill('16:00');
    await form.locator('#publish-task').fill(TASK);
    await form.getByRole('checkbox', { name: 'IT-Schulsupport' }).check();
    await form.getByRole('checkbox', { name: 'Übernahme muss bestätigt werden' }).check();
    await thomas.screenshot({ path: `${SHOTS}/coordinator-form-filled.png`, fullPage: true });

    // Offline the form says publishing needs a connection, and keeps what was typed.
    await thomas.context().setOffline(true);
    await form.getByRole('button', { name: 'Ausschreiben' }).click();
    await expect
      .poll(() => thomas.getByTestId('publish-errors').textContent())
      .toContain('Ausschreiben geht nur mit Verbindung');
    expect(await form.locator('#publish-task').inputValue()).toBe(TASK);
    await thomas.context().setOffline(false);

    await form.getByRole('button', { name: 'Ausschreiben' }).click();
    await expect
      .poll(() => form.getByTestId('publish-status').textContent(), { timeout: 20_000 })
      .toBe('Ausgeschrieben. 3 Personen können den Dienst übernehmen.');
    const listed = thomas.getByTestId('planner-shift').filter({ hasText: TASK });
    await listed.waitFor({ timeout: 30_000 });
    expect(await listed.getByTestId('planner-shift-state').textContent()).toBe('Offen');

    // Both technicians see it on "Heute"; Markus's phone then gets no more updates (no signal).
    const lena = await signIn(browser, server.url, DEMO.technician, PHONE);
    const markus = await signIn(browser, server.url, MARKUS, PHONE);
    await shiftOnToday(lena).waitFor({ timeout: 30_000 });
    await shiftOnToday(markus).waitFor({ timeout: 30_000 });
    // The planners' page by a direct link says plainly that it is not for her role.
    await lena.goto(`${server.url}/planung/offene-dienste`);
    await lena.getByTestId('not-for-role').waitFor();
    expect(await lena.getByTestId('publish-form').count()).toBe(0);
    await lena.goto(`${server.url}/`);
    await shiftOnToday(lena).waitFor({ timeout: 30_000 });
    await markus.context().route('**/api/sync/**', (route) => route.abort());

    await shiftOnToday(lena).getByRole('button', { name: 'Dienst übernehmen' }).click();
    await expect
      .poll(() => shiftOnToday(lena).getByTestId('claim-message').textContent(), { timeout: 20_000 })
      .toContain('wartet auf Bestätigung');
    await offlineNoticeGone(lena);
    await shiftOnToday(lena).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await lena.screenshot({ path: `${SHOTS}/staff-open-shift-claimed.png` });

    await shiftOnToday(markus).getByRole('button', { name: 'Dienst übernehmen' }).click();
    const refusal = shiftOnToday(markus).getByRole('alert');
    await expect
      .poll(() => refusal.textContent(), { timeout: 20_000 })
      .toBe('Schon vergeben: Lena Hofer war schneller.');
    // Nothing left to press on his phone: the button is gone until the next sync removes the shift.
    expect(await shiftOnToday(markus).getByRole('button').count()).toBe(0);
    await offlineNoticeGone(markus);
    await shiftOnToday(markus).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await markus.screenshot({ path: `${SHOTS}/staff-open-shift-taken.png` });

    // The coordinator sees the waiting claim with who made it, and confirms it.
    await expect
      .poll(async () => (await syncNow(thomas), listed.getAttribute('data-state')), { timeout: 30_000 })
      .toBe('pending');
    expect(await listed.getByTestId('planner-shift-claimant').textContent()).toBe('Übernommen von Lena Hofer');
    await listed.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    expect(await axeViolations(thomas)).toEqual([]);
    await thomas.screenshot({ path: `${SHOTS}/coordinator-pending.png` });
    await listed.getByRole('button', { name: 'Bestätigen' }).click();
    await expect
      .poll(() => listed.getByTestId('planner-shift-message').textContent(), { timeout: 20_000 })
      .toBe('Bestätigt. Der Einsatz steht im Plan.');
    await expect
      .poll(async () => (await syncNow(thomas), listed.getAttribute('data-state')), { timeout: 30_000 })
      .toBe('taken');
    await thomas.screenshot({ path: `${SHOTS}/coordinator-taken.png` });
    // The same page in English.
    await thomas.getByRole('button', { name: /^EN/ }).click();
    await thomas.getByRole('heading', { level: 1, name: 'Open shifts' }).waitFor();
    expect(await listed.getByTestId('planner-shift-state').textContent()).toBe('Taken');
    await thomas.evaluate(() => window.scrollTo(0, 0));
    await thomas.screenshot({ path: `${SHOTS}/coordinator-english.png` });

    // Lena's inbox tells her the shift is hers.
    await lena.goto(`${server.url}/mitteilungen`);
    const note = lena.getByTestId('notification').filter({ hasText: 'Dienst bestätigt' });
    await expect.poll(async () => (await syncNow(lena), note.count()), { timeout: 30_000 }).toBeGreaterThan(0);
    await lena.screenshot({ path: `${SHOTS}/staff-inbox.png` });
    for (const p of [thomas, lena, markus]) await p.context().close();
  });

  it('a claim past the working-time rules waits; the coordinator confirms it only with a reason', async () => {
    // Next Thursday evening after Lena's planned day (07:30–15:30): over 13 hours' span and too little rest.
    const thursday = addDays(weekStart(dateIn('Europe/Vienna', new Date())), 10);
    const task = 'E2E: Abendveranstaltung Beamer';
    const thomas = await coordinator();
    await publish(thomas, { date: thursday, start: '16:00', end: '23:00', task });
    const lena = await signIn(browser, server.url, DEMO.technician, PHONE);
    const mine = lena.getByTestId('open-shift').filter({ hasText: task });
    await mine.getByRole('button', { name: 'Dienst übernehmen' }).click({ timeout: 30_000 });
    await expect
      .poll(() => mine.getByTestId('claim-message').textContent(), { timeout: 20_000 })
      .toMatch(/wartet auf Bestätigung.*Hinweis Arbeitszeit: .*K-GMG/);

    const card = thomas.getByTestId('planner-shift').filter({ hasText: task });
    await expect
      .poll(async () => (await syncNow(thomas), card.getAttribute('data-state')), { timeout: 30_000 })
      .toBe('pending');
    await card.getByRole('button', { name: 'Bestätigen' }).click();
    // Refused without a reason: the breaches are listed and the reason field asks for one.
    await card.getByTestId('planner-shift-warnings').waitFor({ timeout: 20_000 });
    expect(await card.getByTestId('planner-shift-warnings').textContent()).toContain('K-GMG');
    expect(await card.getByTestId('planner-shift-message').textContent()).toBe('Bitte eine Begründung angeben.');
    const reason = card.getByLabel('Begründung für die Bestätigung');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(thomas)).toEqual([]);
    await card.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await thomas.screenshot({ path: `${SHOTS}/coordinator-reason.png` });
    await reason.fill('Schulfest, mit Lena abgesprochen; Freitag beginnt sie später.');
    await card.getByRole('button', { name: 'Bestätigen' }).click();
    await expect
      .poll(() => card.getByTestId('planner-shift-message').textContent(), { timeout: 20_000 })
      .toBe('Bestätigt. Der Einsatz steht im Plan.');
    await expect
      .poll(async () => (await syncNow(thomas), card.getAttribute('data-state')), { timeout: 30_000 })
      .toBe('taken');
    for (const p of [thomas, lena]) await p.context().close();
  });
});

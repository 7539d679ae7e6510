import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateIn, weekStart } from '../../shared/time/dates';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { DEMO, offlineNoticeGone, signIn } from './sign-in';

/**
 * Issue 16 end to end: a contact asks for cover, the coordinator picks from the ranked candidates and the
 * person's phone shows the assignment; two coordinators book one person at overlapping times, one of them
 * offline, and the one who syncs second sees the refusal instead of a double booking.
 */
const PHONE = { width: 390, height: 844 };
const SABINE = 'sabine.koller@demo.ikz-einsatz.example'; // the demo's second coordinator
const SHOTS = process.env['SCREENSHOTS'] ?? '/tmp/ikz-coordinators';

// Next week's Friday in the demo's zone: the demo's own requests take Monday to Thursday, and its cover staff
// are booked in the mornings only.
const nextMonday = addDays(weekStart(dateIn('Europe/Vienna', new Date())), 7);
const friday = addDays(nextMonday, 4);

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(19_700 + Math.floor(Math.random() * 200));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const pending = async (page: Page) => Number(await page.getByTestId('sync-indicator').getAttribute('data-pending'));
const settled = (page: Page) => expect.poll(() => pending(page), { timeout: 30_000 }).toBe(0);
/** A sync asked for now (the indicator's button), waited for until nothing is left to send. */
async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('sync-indicator').click();
  await page.getByTestId('sync-indicator').and(page.locator('[data-phase="idle"]')).waitFor({ timeout: 30_000 });
  await settled(page);
}

describe('coordinators', () => {
  it('a contact requests cover; the coordinator assigns a ranked candidate; her phone shows it', async () => {
    const contact = await signIn(browser, server.url, DEMO.contact, PHONE);
    // Her first screen: her requests and the form, her municipality already chosen (from her session).
    const mine = contact.getByTestId('contact-cover');
    await mine.getByTestId('cover-request').first().waitFor();
    const form = contact.getByTestId('cover-form');
    expect(await form.locator('[id="cover-municipalityId"]').inputValue()).not.toBe('');

    // Sent without a site: the error is at the field.
    await form.getByRole('button', { name: 'Anfrage senden' }).click();
    await form.locator('[id="cover-siteId-error"]').waitFor();
    expect(await form.locator('[id="cover-siteId"]').getAttribute('aria-invalid')).toBe('true');

    const site = form.locator('[id="cover-siteId"]');
    await site.selectOption((await site.locator('option').nth(1).getAttribute('value'))!);
    await form.locator('[id="cover-serviceTypeId"]').selectOption({ label: 'Vertretung Bürgerservice' });
    await form.getByLabel('Meldeamt').check();
    await form.locator('[id="cover-slots.0.date"]').fill(friday);
    await form.locator('[id="cover-slots.0.start"]').fill('13:00');
    await form.locator('[id="cover-slots.0.end"]').fill('17:00');
    await form.getByLabel('dringend').check();
    await form.locator('[id="cover-note"]').fill('E2E: Meldeamt am Freitagnachmittag');
    await form.getByRole('button', { name: 'Anfrage senden' }).click();
    const request = mine.getByTestId('cover-request').filter({ hasText: 'E2E: Meldeamt' });
    await request.waitFor();
    await settled(contact);

    // The coordinator's first screen leads to the open requests (with their count) and the board.
    const thomas = await signIn(browser, server.url, DEMO.coordinator, PHONE);
    await thomas.getByTestId('board-link').waitFor();
    const openLink = thomas.getByTestId('cover-open-link');
    await expect.poll(() => openLink.textContent(), { timeout: 20_000 }).toMatch(/Offene Vertretungsanfragen: 3/);
    await openLink.getByRole('link').click();
    await thomas.getByRole('heading', { level: 1, name: 'Vertretungsanfragen' }).waitFor();

    const card = thomas.getByTestId('cover-request').filter({ hasText: 'E2E: Meldeamt' });
    const candidates = card.getByTestId('suggestion');
    await candidates.first().waitFor({ timeout: 20_000 });
    // Best first, with reasons: the two with the skill who are free come before Julia (no Meldeamt).
    const names = await candidates.locator('strong').allTextContents();
    expect(names.slice(0, 2).sort()).toEqual(['Anna Steiner', 'Michael Huber']);
    expect(names.indexOf('Julia Wallner')).toBeGreaterThan(1);
    const best = candidates.first();
    expect(await best.textContent()).toContain('Fähigkeiten passen');
    expect(await best.textContent()).toContain('Frei zu dieser Zeit');
    expect(await best.textContent()).toMatch(/Woche: .+ von .+ h/);
    expect(await candidates.filter({ hasText: 'Julia Wallner' }).textContent()).toContain('Fehlt: Meldeamt');
    await offlineNoticeGone(thomas);
    await card.getByTestId('cover-picker').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await thomas.screenshot({ path: `${SHOTS}/coordinator-request-candidates.png` });
    await thomas.screenshot({ path: `${SHOTS}/coordinator-request-candidates-full.png`, fullPage: true });

    await card.getByRole('button', { name: 'Einplanen Anna Steiner' }).click();
    // Filled: the request leaves the open ones and is listed as confirmed with who comes.
    const confirmed = thomas.getByTestId('cover-request').filter({ hasText: 'E2E: Meldeamt' });
    await confirmed.getByTestId('cover-coming').waitFor();
    expect(await confirmed.getByTestId('cover-coming').textContent()).toContain('Anna Steiner');
    await settled(thomas);
    expect(await thomas.getByTestId('cover-fill-refused').count()).toBe(0);

    // Anna's phone, after its sync: the assignment in next week's list.
    const anna = await signIn(browser, server.url, DEMO.coverStaff, PHONE);
    await anna.goto(`${server.url}/woche?woche=${nextMonday}`);
    await anna
      .getByTestId('assignment-card')
      .filter({ hasText: 'E2E: Meldeamt am Freitagnachmittag' })
      .waitFor({ timeout: 30_000 });
    expect(
      await anna.getByTestId('assignment-card').filter({ hasText: 'E2E: Meldeamt' }).first().textContent(),
    ).toContain('13:00');

    // The contact sees who is coming.
    await syncNow(contact);
    await request.getByTestId('cover-coming').waitFor({ timeout: 30_000 });
    expect(await request.getByTestId('cover-coming').textContent()).toContain('Anna Steiner');
    for (const p of [contact, thomas, anna]) await p.context().close();
  });

  it('a double booking made offline by one coordinator is refused on her device, not twice on the plan', async () => {
    const thomas = await signIn(browser, server.url, DEMO.coordinator, PHONE);
    const sabine = await signIn(browser, server.url, SABINE, PHONE);
    // On the board of next week (opened before, so it works offline): Julia's "+" opens the form.
    const plan = async (page: Page, from: string, to: string, task: string) => {
      await page
        .getByRole('button', { name: /Einsatz planen\s*: Julia Wallner/ })
        .first()
        .click();
      await page.locator('#plan-date').fill(friday);
      await page.locator('#plan-start').fill(from);
      await page.locator('#plan-end').fill(to);
      const siteSelect = page.getByTestId('plan-site');
      await siteSelect.selectOption((await siteSelect.locator('option').nth(1).getAttribute('value'))!);
      await page.getByTestId('plan-service').selectOption({ label: 'Vertretung Bürgerservice' });
      await page.locator('#plan-task').fill(task);
      await page.getByTestId('plan-save').click();
      await page.getByTestId('board-editor').waitFor({ state: 'detached' });
    };

    // Thomas plans with no signal; Sabine, online, books the same person an hour later meanwhile.
    await thomas.goto(`${server.url}/planung?woche=${nextMonday}`);
    await thomas.getByTestId('board-list').waitFor();
    await thomas.context().setOffline(true);
    await plan(thomas, '13:00', '15:00', 'Offline geplant: Telefonzentrale');
    await expect.poll(() => pending(thomas)).toBeGreaterThan(0);
    await sabine.goto(`${server.url}/planung?woche=${nextMonday}`);
    await plan(sabine, '14:00', '16:00', 'Online geplant: Kassa');
    await syncNow(sabine);

    // Back online, Thomas's device syncs second: his booking is refused and shown, not saved twice.
    await thomas.context().setOffline(false);
    await settled(thomas);
    await thomas.goto(`${server.url}/planung?woche=${nextMonday}`);
    await thomas.getByTestId('board-attention').waitFor({ timeout: 30_000 });
    await thomas.goto(`${server.url}/sync`);
    const problem = thomas.getByTestId('sync-problem');
    await problem.first().waitFor();
    expect(await problem.first().textContent()).toContain('Doppelbuchung');
    // It names the refused booking and what won: Sabine's booking of Julia, 14:00–16:00.
    const clash = problem.first().getByTestId('problem-clash');
    await clash.waitFor();
    expect(await clash.textContent()).toMatch(/Julia Wallner, .*14:00–16:00/);
    expect(await problem.first().getByTestId('problem-booking').textContent()).toMatch(/Julia Wallner, .*13:00–15:00/);
    await thomas.screenshot({ path: `${SHOTS}/coordinator-double-booking-refused.png`, fullPage: true });

    // Sabine's booking is the one the plan holds.
    await syncNow(sabine);
    await sabine.goto(`${server.url}/planung?woche=${nextMonday}`);
    await sabine.locator('#board-day').selectOption(friday);
    const julia = sabine.locator('.board-person-card').filter({ hasText: 'Julia Wallner' });
    await julia.waitFor();
    await expect.poll(() => julia.textContent()).toContain('14:00');
    expect(await julia.textContent()).not.toContain('13:00');
    for (const p of [thomas, sabine]) await p.context().close();
  });
  it('two coordinators fill one request: the one who syncs second reads "already covered" with the name', async () => {
    const thomas = await signIn(browser, server.url, DEMO.coordinator, PHONE);
    const sabine = await signIn(browser, server.url, SABINE, PHONE);
    const demoRequest = (page: Page) => page.getByTestId('cover-request').filter({ hasText: 'zwei von drei' });
    for (const page of [thomas, sabine]) {
      await page.goto(`${server.url}/planung/anfragen`);
      await demoRequest(page).getByTestId('suggestion').first().waitFor({ timeout: 20_000 });
    }
    // Sabine decides with no signal; Thomas, online, is faster.
    await sabine.context().setOffline(true);
    await demoRequest(sabine).getByRole('button', { name: 'Einplanen Michael Huber' }).click();
    await demoRequest(thomas).getByRole('button', { name: 'Einplanen Anna Steiner' }).click();
    // Saved on his device (the request moved to the confirmed ones), then sent before Sabine is back.
    await demoRequest(thomas).getByTestId('cover-coming').waitFor();
    await syncNow(thomas);
    await sabine.context().setOffline(false);
    await settled(sabine);

    const refused = demoRequest(sabine).getByTestId('cover-fill-refused');
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.getAttribute('data-code')).toBe('already_covered');
    expect(await refused.textContent()).toContain('bereits vergeben, es kommt Anna Steiner');
    expect(await demoRequest(sabine).getByTestId('cover-coming').textContent()).toContain('Anna Steiner');
    for (const p of [thomas, sabine]) await p.context().close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusLands, hasText, isH1, isId, isTestId, tabTo, visibleFocus } from './focus-probe';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { DEMO, DEMO_PASSWORD, offlineNoticeGone } from './sign-in';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(17_600 + Math.floor(Math.random() * 400));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What a plain date input outside the app makes of the same keys (the field order follows the browser's locale). */
async function plainDate(page: Page, keys: string): Promise<string> {
  const probe = await page.context().newPage();
  await probe.setContent('<input type="date" id="d">');
  await probe.focus('#d');
  await probe.keyboard.type(keys);
  const value = await probe.inputValue('#d');
  await probe.close();
  return value;
}

const announcer = (page: Page) => page.getByTestId('announcer');
const keys = async (page: Page, ...list: string[]) => {
  for (const k of list) await page.keyboard.press(k);
};

describe('the technician’s day by keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11)', () => {
  it('keeps focus visible, uncovered and in a sensible place through every task', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const expectedDate = await plainDate(page, '12022026');
    expect(['2026-02-12', '2026-12-02']).toContain(expectedDate);

    // Log in: the skip link is the first stop and moves focus into main.
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').waitFor();
    await tabTo(page, (s) => s.text === 'Zum Inhalt springen', 'skip link', { max: 1 });
    await page.keyboard.press('Enter');
    await focusLands(page, (s) => s.tag === 'MAIN', 'skip link → main');
    await tabTo(page, isId('login-email'), 'e-mail field');
    await page.keyboard.type(DEMO.technician);
    await tabTo(page, isId('login-password'), 'password field');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await focusLands(page, isH1('Heute'), 'after login: heading of Heute');
    const synced = page.locator('[data-testid="sync-indicator"][data-phase="idle"]');
    await synced.waitFor({ timeout: 30_000 });
    await offlineNoticeGone(page);
    await page.getByRole('heading', { level: 1 }).focus();

    // Open an assignment and change its status.
    await tabTo(page, isTestId('assignment-card'), 'first assignment');
    await page.keyboard.press('Enter');
    await page.getByTestId('assignment-details').waitFor();
    await focusLands(page, (s) => s.tag === 'H1', 'assignment page heading');
    await tabTo(page, (s) => s.tag === 'BUTTON' && !!s.text, 'first status button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('status-message').textContent()).toMatch(/^Status geändert: /);
    await focusLands(page, (s) => s.tag === 'BUTTON' || s.id === 'status-actions-title', 'after status change');

    // A note: saving keeps focus on the button and says so.
    await tabTo(page, isId('assignment-notes'), 'notes field');
    await page.keyboard.type(' Per Tastatur notiert.');
    await tabTo(page, hasText('BUTTON', 'Notizen speichern'), 'save notes');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('notes-status').textContent()).toBe('Gespeichert.');
    await visibleFocus(page, 'after saving notes');
    expect((await visibleFocus(page, 'still on save')).text).toBe('Notizen speichern');

    // The timer on "Zeiten": start gives way to stop and back, focus follows.
    await tabTo(page, hasText('A', 'Zeiten'), 'nav: Zeiten', { back: true });
    await page.keyboard.press('Enter');
    await focusLands(page, isH1('Meine Zeiten'), 'Zeiten heading');
    await tabTo(page, isTestId('timer-start'), 'timer start');
    await page.keyboard.press('Enter');
    await focusLands(page, isTestId('timer-stop'), 'after start: stop button');
    await page.keyboard.press('Enter');
    await focusLands(page, isTestId('timer-start'), 'after stop: start button');
    await expect.poll(() => page.locator('.timer-card [role="status"]').textContent()).toContain('Timer gestoppt');

    // A new entry typed by keyboard, the date digit by digit; Shift+Tab back up the form stays clear of the header.
    await tabTo(page, isTestId('new-entry'), 'new entry');
    await page.keyboard.press('Enter');
    await focusLands(page, isH1('Neuer Zeiteintrag'), 'new entry heading');
    await tabTo(page, isId('entry-date'), 'date');
    await page.keyboard.type('12022026');
    expect(await page.getByTestId('entry-date').inputValue()).toBe(expectedDate);
    await tabTo(page, isId('entry-start'), 'start');
    await page.keyboard.type('0600A');
    await tabTo(page, isId('entry-end'), 'end');
    await page.keyboard.type('0745A');
    await tabTo(page, isId('entry-break'), 'break');
    await keys(page, 'Control+A');
    await page.keyboard.type('15');
    for (const id of ['entry-end', 'entry-start', 'entry-date'])
      await tabTo(page, isId(id), `back to ${id}`, { back: true });
    expect(await page.getByTestId('entry-start').inputValue()).toBe('06:00');
    await tabTo(page, isId('entry-municipality'), 'municipality');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, isId('entry-service-type'), 'kind of work');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, isId('entry-note'), 'note (not under the navigation)');
    await page.keyboard.type('Tastatur-Eintrag');
    await tabTo(page, isTestId('entry-save'), 'save entry');
    await page.keyboard.press('Enter');
    await focusLands(page, isH1('Meine Zeiten'), 'after saving: Zeiten heading');

    // Edit it, then delete it: Escape on the dialog returns focus to "Löschen".
    const row = (s: { testId: string; text: string }) => s.testId === 'entry-row' && s.text.includes('Tastatur');
    await tabTo(page, row, 'the new entry');
    await page.keyboard.press('Enter');
    await focusLands(page, isH1('Zeiteintrag bearbeiten'), 'edit heading');
    await tabTo(page, isId('entry-note'), 'note to edit');
    await page.keyboard.type(', geändert');
    await tabTo(page, isTestId('entry-save'), 'save the edit');
    await page.keyboard.press('Enter');
    await focusLands(page, isH1('Meine Zeiten'), 'after the edit');
    await tabTo(page, (s) => row(s) && s.text.includes('geändert'), 'the edited entry');
    await page.keyboard.press('Enter');
    await focusLands(page, isH1('Zeiteintrag bearbeiten'), 'edit heading again');
    await tabTo(page, hasText('BUTTON', 'Löschen'), 'delete');
    await page.keyboard.press('Enter');
    await focusLands(page, hasText('BUTTON', 'Abbrechen'), 'dialog: cancel first');
    await page.keyboard.press('Escape');
    await focusLands(page, hasText('BUTTON', 'Löschen'), 'Escape: back on delete');
    await page.keyboard.press('Enter');
    await tabTo(page, hasText('BUTTON', 'Löschen'), 'dialog: confirm');
    await page.keyboard.press('Enter');
    await focusLands(page, isH1('Meine Zeiten'), 'after deleting');

    // Sync page: the button keeps focus while it runs, and its outcome is announced.
    await tabTo(page, hasText('A', 'Sync'), 'nav: Sync', { back: true });
    await page.keyboard.press('Enter');
    await focusLands(page, isH1('Synchronisation'), 'sync heading');
    await tabTo(page, isTestId('sync-now'), 'sync now');
    await page.keyboard.press('Enter');
    // A whole sync (push, pull, holidays) on a busy CI machine can take longer than poll's default second.
    await expect.poll(() => announcer(page).textContent(), { timeout: 10_000 }).toBe('Synchronisiert');
    await focusLands(page, isTestId('sync-now'), 'still on sync now');

    // Language: the switch keeps focus and the page speaks English.
    await tabTo(page, (s) => s.text.startsWith('EN'), 'language switch', { back: true });
    await page.keyboard.press('Enter');
    await focusLands(page, (s) => s.text.startsWith('DE'), 'switch now offers German');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // Logout with a change waiting: Escape on its dialog returns focus to the (enabled) logout button.
    await context.setOffline(true);
    await page.goto(`${server.url}/zeiten/neu`);
    await page.getByTestId('entry-save').waitFor();
    await page.getByTestId('entry-start').fill('05:00');
    await page.getByTestId('entry-end').fill('05:20');
    for (const id of ['entry-municipality', 'entry-service-type']) {
      const select = page.getByTestId(id);
      if (!(await select.inputValue())) await select.selectOption({ index: 1 });
    }
    await page.getByTestId('entry-save').click();
    await page.getByRole('heading', { level: 1, name: 'My hours' }).waitFor();
    await tabTo(page, isTestId('logout'), 'logout', { back: true });
    await page.keyboard.press('Enter');
    await focusLands(page, hasText('BUTTON', 'Cancel'), 'logout dialog');
    await page.keyboard.press('Escape');
    await focusLands(page, isTestId('logout'), 'Escape: back on logout');
    await context.setOffline(false);
    await page.keyboard.press('Enter');
    await focusLands(page, isH1('Sign in'), 'signed out: sign-in heading');
    await context.close();
  });
});

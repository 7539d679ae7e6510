import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { DEMO, offlineReady, signIn } from './sign-in';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(16_600 + Math.floor(Math.random() * 400));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Counts every change to the text of live regions (role=status/alert, aria-live) from now on. */
const watchLiveRegions = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { liveChanges: string[] };
    w.liveChanges = [];
    const regions = document.querySelectorAll('[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])');
    const observer = new MutationObserver(() =>
      w.liveChanges.push(...[...regions].map((r) => r.textContent ?? '').filter(Boolean)),
    );
    for (const r of regions) observer.observe(r, { childList: true, subtree: true, characterData: true });
  });
const liveChanges = (page: Page) => page.evaluate(() => (window as unknown as { liveChanges: string[] }).liveChanges);

describe('status messages (WCAG 4.1.3)', () => {
  it('announces a status change and a save, and stays quiet on a routine sync', async () => {
    const page = await signIn(browser, server.url, DEMO.technician, { width: 390, height: 844 });

    // A routine background sync (the network "comes back"): the indicator changes, nobody is told.
    await offlineReady(page);
    await page.waitForTimeout(500);
    await watchLiveRegions(page);
    const indicator = page.getByTestId('sync-indicator');
    const phases = indicator.evaluate((el) => {
      const seen: string[] = [];
      const done = new Promise<string[]>((resolve) => {
        new MutationObserver(() => {
          seen.push(el.getAttribute('data-phase') ?? '');
          if (seen.at(-1) === 'idle') resolve(seen);
        }).observe(el, { attributes: true, attributeFilter: ['data-phase'] });
      });
      window.dispatchEvent(new Event('online'));
      return done;
    });
    expect(await phases).toEqual(['syncing', 'idle']); // it did sync
    await page.waitForTimeout(300);
    expect(await liveChanges(page)).toEqual([]);
    expect(await indicator.locator('[aria-live]').count()).toBe(0);

    // A status change is spoken, in a region that was there before it changed.
    await page.getByTestId('assignment-card').first().click();
    const status = page.getByTestId('status-message');
    await status.waitFor({ state: 'attached' });
    expect(await status.getAttribute('role')).toBe('status');
    await page.locator('#status-actions button').first().click();
    await expect.poll(() => status.textContent()).toMatch(/^Status geändert: (Begonnen|Erledigt|Geplant)\.$/);

    // So is a save.
    await page.locator('#assignment-notes').fill('Für den Statustest');
    await page.getByRole('button', { name: 'Notizen speichern' }).click();
    await expect.poll(() => page.getByTestId('notes-status').textContent()).toBe('Gespeichert.');

    // Going offline is news; the sync that finds the way back says so too.
    await watchLiveRegions(page);
    await page.context().setOffline(true);
    await indicator.getByRole('button').click();
    await expect.poll(() => page.getByTestId('announcer').textContent()).toMatch(/^Offline\./);
    await page.context().setOffline(false);
    await indicator.getByRole('button').click();
    await expect.poll(() => page.getByTestId('announcer').textContent()).toBe('Wieder online');
    await page.context().close();
  });
});

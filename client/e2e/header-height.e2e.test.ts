import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { DEMO, offlineReady, signIn } from './sign-in';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(17_100 + Math.floor(Math.random() * 400));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const headerHeight = (page: Page) =>
  page.locator('header.app-header').evaluate((h) => Math.round(h.getBoundingClientRect().height * 10) / 10);
const indicator = (page: Page) => page.getByTestId('sync-indicator');
const phase = (page: Page, p: string) =>
  indicator(page)
    .and(page.locator(`[data-phase="${p}"]`))
    .waitFor();

/** A conflict as a sync leaves it; only the count shows in the header, so the record needs just its key. */
async function addConflict(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const name = (await indexedDB.databases()).map((d) => d.name).find((n) => n?.startsWith('ikz'));
    if (!name) throw new Error('no local database');
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('conflicts', 'readwrite');
      tx.objectStore('conflicts').put({ rowId: 'e2e-conflict', table: 'timeEntries', code: 'conflict' });
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  });
}

/** Walks the indicator through its states and returns the header's height in each (CLS, issue 13 point 3). */
async function heightsAcrossStates(width: number): Promise<Record<string, number>> {
  const page = await signIn(browser, server.url, DEMO.technician, { width, height: 740 });
  const heights: Record<string, number> = {};
  heights['synced'] = await headerHeight(page);

  // Syncing: the pull is held back until the height is measured.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/sync/pull**', async (route) => {
    await held;
    await route.continue();
  });
  await indicator(page).getByRole('button').click();
  await phase(page, 'syncing');
  heights['syncing'] = await headerHeight(page);
  release();
  await phase(page, 'idle');
  await page.unroute('**/api/sync/pull**');

  await page.route('**/api/sync/pull**', (route) => route.fulfill({ status: 500, body: '{}' }));
  await indicator(page).getByRole('button').click();
  await phase(page, 'error');
  heights['error'] = await headerHeight(page);
  await page.unroute('**/api/sync/pull**');

  // Offline, the next page's files come from the service worker's precache.
  await offlineReady(page);
  await page.context().setOffline(true);
  await indicator(page).getByRole('button').click();
  await phase(page, 'offline');
  heights['offline'] = await headerHeight(page);

  // Changes waiting: an entry saved offline.
  await page.getByRole('link', { name: 'Zeiten' }).click();
  await page.getByTestId('new-entry').click();
  await page.getByTestId('entry-start').fill('05:00');
  await page.getByTestId('entry-end').fill('05:30');
  for (const id of ['entry-municipality', 'entry-service-type']) {
    const select = page.getByTestId(id);
    if (!(await select.inputValue()))
      await select.selectOption((await select.locator('option').nth(1).getAttribute('value')) ?? '');
  }
  await page.getByTestId('entry-save').click();
  await expect.poll(() => indicator(page).getAttribute('data-pending')).toBe('1');
  heights['offline, 1 waiting'] = await headerHeight(page);

  await addConflict(page);
  await page.context().setOffline(false);
  await page.goto(`${server.url}/`);
  await page.getByRole('link', { name: /Hinweis/ }).waitFor();
  await phase(page, 'idle');
  heights['conflict'] = await headerHeight(page);
  await page.context().close();
  return heights;
}

describe('header (no layout shift from the sync indicator)', () => {
  for (const width of [390, 320]) {
    it(`keeps its height in every sync state at ${width} px`, async () => {
      const heights = await heightsAcrossStates(width);
      const same = Object.fromEntries(Object.keys(heights).map((state) => [state, heights['synced']]));
      expect(Object.keys(heights)).toHaveLength(6);
      expect(heights).toEqual(same);
    });
  }
});

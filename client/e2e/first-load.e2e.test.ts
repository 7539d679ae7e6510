import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';

const LENA = 'lena.hofer@demo.ikz-einsatz.example';
const PASSWORD = 'ikz-demo-2026';
// vite.config.ts puts zod into its own named chunk, so a request for it shows zod was needed.
const ZOD_CHUNK = /\/assets\/zod-[\w-]+\.js$/;
const ENGLISH_CHUNK = /\/assets\/i18n-en-[\w-]+\.js$/;

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

/** Holds back the zod chunk until `release()`, recording whether the page asked for it. */
async function holdZod(page: Page) {
  const held: Route[] = [];
  let releasedAll = false;
  await page.route(ZOD_CHUNK, (route) => (releasedAll ? route.continue() : void held.push(route)));
  return {
    requested: () => held.length > 0,
    release: async () => {
      releasedAll = true;
      for (const r of held.splice(0)) await r.continue();
    },
  };
}

async function sessionCookie(): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: LENA, password: PASSWORD }),
  });
  const cookie = /ikz_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!res.ok || !cookie) throw new Error(`login failed: ${res.status}`);
  return cookie;
}

describe('first load (issue 13: only what the first screen shows)', () => {
  it('draws the login page without loading zod; the real check loads it on submit', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const zod = await holdZod(page);
    await page.goto(`${server.url}/login`, { waitUntil: 'networkidle' });
    await page.getByTestId('login-submit').waitFor();
    expect(zod.requested()).toBe(false);
    await zod.release();
    await page.getByTestId('login-email').fill(LENA);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('assignment-card').first().waitFor({ timeout: 30_000 });
    await context.close();
  });

  it('opens Heute from a session cookie alone and syncs it without zod', async () => {
    // A fresh profile with the cookie, as Lighthouse runs: no person stored on the device.
    const context = await browser.newContext();
    await context.addCookies([{ name: 'ikz_session', value: await sessionCookie(), url: server.url }]);
    const page = await context.newPage();
    const zod = await holdZod(page);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Heute' }).waitFor({ timeout: 15_000 });
    await page.getByText('Hallo Lena').waitFor();
    expect(page.url()).toBe(`${server.url}/`);
    // The first sync's rows arrive and show: the sync engine needs no schemas either.
    await page.getByTestId('assignment-card').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(zod.requested()).toBe(false);
    await zod.release();
    await context.close();
  });

  it('still sends a fresh browser without a session to /login', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForURL(`${server.url}/login`);
    await page.getByTestId('login-submit').waitFor();
    await context.close();
  });

  it('loads English only for a device set to English, and draws its first screen in English', async () => {
    const german = await browser.newContext();
    const dePage = await german.newPage();
    const asked: string[] = [];
    dePage.on('request', (r) => void (ENGLISH_CHUNK.test(r.url()) && asked.push(r.url())));
    await dePage.goto(`${server.url}/login`, { waitUntil: 'networkidle' });
    await dePage.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(asked).toEqual([]);
    // The switch fetches English and redraws in it.
    await dePage.getByRole('button', { name: /Switch to English/ }).click();
    await dePage.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(asked).toHaveLength(1);
    await german.close();

    const english = await browser.newContext();
    await english.addInitScript(() => localStorage.setItem('ikz.lang', 'en'));
    const enPage = await english.newPage();
    const headings: string[] = [];
    await enPage.exposeFunction('reportHeading', (text: string) => void headings.push(text));
    // Records every h1 the page ever shows, so a German first frame would be caught.
    await enPage.addInitScript(() => {
      new MutationObserver(() => {
        const h1 = document.querySelector('h1');
        if (h1?.textContent)
          (window as unknown as { reportHeading: (t: string) => void }).reportHeading(h1.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await enPage.goto(`${server.url}/login`);
    await enPage.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((h) => h !== 'Sign in')).toEqual([]);
    await english.close();
  });
});

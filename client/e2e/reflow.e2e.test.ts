import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { DEMO, DEMO_PASSWORD, offlineNoticeGone, type Viewport } from './sign-in';

/** Set SCREENSHOTS to a folder (e.g. /tmp) to keep a picture of every page checked, for looking at them. */
const SHOTS = process.env['SCREENSHOTS'];

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(18_100 + Math.floor(Math.random() * 400));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Variant = { name: string; viewport: Viewport; textScale: number };
const variants: Variant[] = [
  { name: '320', viewport: { width: 320, height: 640 }, textScale: 1 },
  { name: '390-text200', viewport: { width: 390, height: 844 }, textScale: 2 },
];
const ROUTES = [
  '/',
  '/woche',
  '/zeiten',
  '/zeiten/neu',
  '/planung',
  '/sync',
  '/konto',
  '/abwesenheiten',
  '/planung/abwesenheiten',
  '/mitteilungen',
  '/barrierefreiheit',
  '/gibt-es-nicht',
];
// Administration: forms with long labels; others see only "not for your role" there, already covered above.
const ADMIN_ROUTES = [
  '/verwaltung',
  '/verwaltung/gemeinden',
  '/verwaltung/gemeinden/neu',
  '/verwaltung/standorte/neu',
  '/verwaltung/leistungen',
  '/verwaltung/leistungen/neu',
  '/verwaltung/verband',
];

/** A browser whose text size setting is `scale` times the default (16 px), as a person with low vision sets it. */
async function openPage(v: Variant): Promise<Page> {
  const context = await browser.newContext({ viewport: v.viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * v.textScale, fixed: 13 * v.textScale } });
  return page;
}

/** What breaks reflow on the page now: sideways scrolling, and header or nav labels broken across lines. */
const reflowProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    const { scrollWidth, clientWidth } = document.documentElement;
    if (scrollWidth > clientWidth) problems.push(`scrolls sideways: ${scrollWidth} > ${clientWidth}`);
    // Each visible word of a header button or nav label on one line ("Abmelden" not letter by letter).
    for (const el of document.querySelectorAll<HTMLElement>('.header-btn, .bottom-nav a, .brand')) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`"${node.textContent?.trim()}" breaks over ${lines.size} lines`);
      }
    }
    return problems;
  });

async function check(page: Page, found: string[], role: string, v: Variant, label: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(150); // fonts and live data settle
  found.push(...(await reflowProblems(page)).map((p) => `${role} ${v.name} ${label}: ${p}`));
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/a11y-${role}-${v.name}${label.replace(/\W+/g, '-')}.png` });
}

async function walkRole(role: keyof typeof DEMO, v: Variant): Promise<string[]> {
  const found: string[] = [];
  const page = await openPage(v);
  await page.goto(`${server.url}/login`);
  await check(page, found, role, v, '/login');
  await page.getByTestId('login-email').fill(DEMO[role]);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.locator('[data-testid="sync-indicator"][data-phase="idle"]').waitFor({ timeout: 30_000 });
  await offlineNoticeGone(page);
  const planner = role === 'admin' || role === 'coordinator' ? ['/planung/anfragen', '/planung/serien'] : [];
  for (const route of [...ROUTES, ...planner, ...(role === 'admin' ? ADMIN_ROUTES : [])]) {
    await page.goto(`${server.url}${route}`);
    await check(page, found, role, v, route);
  }
  // Detail pages, where the role has any.
  for (const [list, item, label] of [
    ['/', 'assignment-card', '/einsatz/:id'],
    ['/zeiten', 'entry-row', '/zeiten/:id'],
  ] as const) {
    await page.goto(`${server.url}${list}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const first = page.getByTestId(item).first();
    if ((await first.count()) === 0) continue;
    await first.click();
    await page.waitForURL((u) => u.pathname !== list);
    await check(page, found, role, v, label);
  }
  await page.context().close();
  return found;
}

describe('reflow (WCAG 1.4.10) and text at 200 % (1.4.4)', () => {
  for (const v of variants) {
    it(`no sideways scrolling and no broken labels on any route of any role at ${v.name}`, async () => {
      const found: string[] = [];
      for (const role of Object.keys(DEMO) as (keyof typeof DEMO)[]) found.push(...(await walkRole(role, v)));
      expect(found).toEqual([]);
    });
  }

  it('lets header and navigation scroll away on a short screen (320×256) instead of covering it', async () => {
    const v: Variant = { name: '320x256', viewport: { width: 320, height: 256 }, textScale: 1 };
    const page = await openPage(v);
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill(DEMO.technician);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.locator('[data-testid="sync-indicator"][data-phase="idle"]').waitFor({ timeout: 30_000 });
    for (const route of ['/', '/zeiten/neu']) {
      await page.goto(`${server.url}${route}`);
      await check(page, [], 'technician', v, route);
      await page.mouse.wheel(0, 600);
      const covered = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('header, nav')]
          .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position))
          .reduce((sum, el) => sum + el.getBoundingClientRect().height, 0),
      );
      expect({ route, covered }).toEqual({ route, covered: 0 });
    }
    await page.context().close();
  });
});

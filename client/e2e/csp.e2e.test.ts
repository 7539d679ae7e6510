import type { Browser, Page } from 'playwright-core';
import { walkSignedInPages } from './signed-in-walk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(19_900 + Math.floor(Math.random() * 50));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Watches for CSP violations: the page's securitypolicyviolation events, and Chromium's console
 * reports as a second witness. The returned function gives those since its last call.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  let fromConsole: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) fromConsole.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return async () => {
    // Each document has its own list; it is emptied when read, so nothing is reported twice.
    const fromPage = await page.evaluate(() => {
      const list = (window as unknown as { cspViolations?: string[] }).cspViolations ?? [];
      return list.splice(0);
    });
    const found = [...fromConsole, ...fromPage];
    fromConsole = [];
    return found;
  };
}

describe('Content-Security-Policy', () => {
  it('lets the built PWA run with no violations on every route', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const violations = await watchViolations(page);
    const found: string[] = [];
    const check = async (where: string) => found.push(...(await violations()).map((v) => `${where}: ${v}`));

    const first = await page.goto(`${server.url}/login`);
    expect(first?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.getByTestId('login-email').waitFor();
    await page.getByTestId('login-submit').click();
    await check('/login');
    await page.goto(`${server.url}/barrierefreiheit`);
    await page.getByTestId('a11y-contact').waitFor();
    await check('/barrierefreiheit');
    await walkSignedInPages(page, server.url, check);
    await page.goto(`${server.url}/gibt-es-nicht`);
    await page.locator('main').first().waitFor();
    await check('unknown path');
    // The service worker has taken over by now: pages it serves from its cache run under the policy too.
    await page.reload();
    await page.getByTestId('assignment-card').or(page.locator('main')).first().waitFor();
    await check('reload through the service worker');

    await context.close();
    expect(found).toEqual([]);
  });
});

import type { Page } from 'playwright-core';

/**
 * Signs the technician in and opens every page she reaches, calling `check` on each once it shows:
 * the accessibility and CSP tests check the same pages. Labels name the route (`/zeiten/:id`).
 */
export async function walkSignedInPages(page: Page, url: string, check: (label: string) => Promise<unknown>) {
  await page.goto(`${url}/login`);
  await page.getByTestId('login-email').fill('lena.hofer@demo.ikz-einsatz.example');
  await page.getByTestId('login-password').fill('ikz-demo-2026');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('assignment-card').first().waitFor({ timeout: 30_000 });
  await check('/');

  const visit = async (path: string, ready: string) => {
    await page.goto(`${url}${path}`);
    await page.getByTestId(ready).first().waitFor({ timeout: 15_000 });
    await check(path);
  };
  await visit('/woche', 'assignment-card');
  await visit('/zeiten', 'entry-row');
  await visit('/zeiten/neu', 'entry-save');
  await page.getByTestId('entry-save').click(); // the form with its error summary
  await check('/zeiten/neu with errors');
  await visit('/mitteilungen', 'inbox-empty');
  await visit('/sync', 'sync-indicator');
  await page.goto(`${url}/zeiten`);
  await page.getByTestId('entry-row').first().click();
  await page.getByTestId('entry-save').or(page.getByText('eingereicht')).first().waitFor();
  await check('/zeiten/:id');
  await page.goto(`${url}/`);
  await page.getByTestId('assignment-card').first().click();
  await page.getByTestId('assignment-details').waitFor();
  await check('/einsatz/:id');
  return visit;
}

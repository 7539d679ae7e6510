import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { PROTOCOL_VERSION, type PullResponse } from '../../shared/sync/protocol';
import { launchBrowser, type RunningServer, startServer } from './harness';
import { axeViolations } from './axe';

const PASSWORD = 'ikz-demo-2026';
const ADMIN = 'katharina.moser@demo.ikz-einsatz.example';
const TECHNICIAN = 'lena.hofer@demo.ikz-einsatz.example';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(19_100 + Math.floor(Math.random() * 300));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The technician's phone sends a new time entry, as its sync engine would. */
async function technicianLogsHours(note: string): Promise<void> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: TECHNICIAN, password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const pull = (await (
    await fetch(`${server.url}/api/sync/pull?cursor=0`, { headers: { cookie } })
  ).json()) as PullResponse;
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const mutation = {
    id: 1,
    name: 'timeEntry.create',
    args: {
      id: newId(),
      date: yesterday,
      start: '08:00',
      end: '09:30',
      breakMinutes: 0,
      municipalityId: pull.upserts.municipalities[0]!.id,
      siteId: null,
      serviceTypeId: pull.upserts.serviceTypes[0]!.id,
      assignmentId: null,
      note,
      state: 'draft',
    },
  };
  const res = await fetch(`${server.url}/api/sync/push`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'x-sync-protocol': String(PROTOCOL_VERSION) },
    body: JSON.stringify({ type: 'push', protocol: PROTOCOL_VERSION, clientId: newId(), mutations: [mutation] }),
  });
  expect(res.status).toBe(200);
}

async function adminPage(width: number): Promise<Page> {
  // axe is injected as an inline script, which the app's CSP rightly blocks.
  const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill(ADMIN);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('sync-indicator').waitFor({ timeout: 30_000 });
  return page;
}

describe('audit log page', () => {
  it('shows the admin who changed what, with names and labelled values, and bad filters at the field', async () => {
    await technicianLogsHours('Router getauscht');
    const page = await adminPage(320);
    await page.getByRole('link', { name: 'Verwaltung' }).click();
    await page.getByRole('link', { name: 'Änderungsprotokoll' }).click();
    const entry = page.getByTestId('audit-entry').first();
    await entry.waitFor();
    // The name comes from the admin's own copy of the people, once the first sync has brought them.
    await page.getByTestId('audit-entry').filter({ hasText: 'Lena Hofer' }).first().waitFor({ timeout: 30_000 });
    const text = await entry.textContent();
    expect(text).toContain('Zeiteintrag angelegt');
    expect(text).toContain('Router getauscht');
    expect(text).not.toContain('"note"');

    // Nothing wider than a 320 px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await page.locator('#audit-rowId').fill('kaputt');
    await page.getByTestId('audit-apply').click();
    const field = page.locator('#audit-rowId');
    await page.locator('#audit-rowId[aria-invalid="true"]').waitFor();
    expect(await field.getAttribute('aria-describedby')).toContain('audit-rowId-error');
    expect(await page.locator('#audit-rowId-error').textContent()).toContain('Keine gültige ID');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('audit-rowId');

    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

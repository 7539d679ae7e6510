import { request } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer(19_950 + Math.floor(Math.random() * 40));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A raw GET: fetch() would decode the body and hide which encoding was sent. */
function rawGet(path: string, acceptEncoding: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${server.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the built app as served', () => {
  it('sends the browser its scripts and styles compressed, decoding to the built files', async () => {
    const page = await browser.newPage();
    const assets: { url: string; encoding: string | undefined }[] = [];
    page.on('response', (r) => {
      if (/\/assets\/.+\.(js|css)$/.test(r.url()))
        assets.push({ url: r.url(), encoding: r.headers()['content-encoding'] });
    });
    await page.goto(`${server.url}/login`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.close();
    // Files under 1 KiB are sent plain on purpose (client/pwa/precompress.ts).
    const sizable = assets.filter((a) => statSync(`dist/client${new URL(a.url).pathname}`).size >= 1024);
    expect(sizable.length).toBeGreaterThan(2);
    for (const a of sizable) expect(['br', 'gzip'], a.url).toContain(a.encoding);

    const path = new URL(sizable[0]!.url).pathname;
    const built = readFileSync(`dist/client${path}`);
    const br = await rawGet(path, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).equals(built)).toBe(true);
    const gz = await rawGet(path, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(built)).toBe(true);
  });

  it('has a real robots.txt and a 404 page for addresses that are not the app', async () => {
    const robots = await rawGet('/robots.txt', 'identity');
    expect(robots.status).toBe(200);
    expect(robots.headers['content-type']).toMatch(/text\/plain/);
    expect(robots.body.toString()).toMatch(/^User-agent: \*/m);

    const page = await browser.newPage();
    const res = await page.goto(`${server.url}/gibt-es-nicht`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Seite nicht gefunden');
    await page.close();
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';

const SCRIPT = 'console.log("Guten Morgen");\n'.repeat(100);
const PAGE = '<!doctype html><title>IKZ</title><div id="root"></div>';
const NOT_FOUND = '<!doctype html><title>Seite nicht gefunden</title><h1>Seite nicht gefunden</h1>';

let t: TestApp;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ikz-static-'));
  mkdirSync(join(root, 'assets'));
  const asset = join(root, 'assets', 'app-abc123.js');
  writeFileSync(asset, SCRIPT);
  // Marked variants, so a test can tell which file was sent without decoding guesswork.
  writeFileSync(`${asset}.br`, brotliCompressSync(`${SCRIPT}//br`));
  writeFileSync(`${asset}.gz`, gzipSync(`${SCRIPT}//gz`));
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'index.html.br'), brotliCompressSync(PAGE));
  writeFileSync(join(root, '404.html'), NOT_FOUND);
  writeFileSync(join(root, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  mkdirSync(join(root, '.vite'));
  writeFileSync(join(root, '.vite', 'manifest.json'), '{}');
  t = await startTestApp({ seed: false, staticRoot: root });
});
afterAll(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string, acceptEncoding?: string) =>
  t.request(path, acceptEncoding === undefined ? {} : { headers: { 'accept-encoding': acceptEncoding } });

describe('static files', () => {
  it('answers an asset in brotli if accepted, else gzip, else plain; always with Vary: Accept-Encoding', async () => {
    const br = await get('/assets/app-abc123.js', 'gzip, deflate, br, zstd');
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const { brotliDecompressSync } = await import('node:zlib');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(`${SCRIPT}//br`);

    const gz = await get('/assets/app-abc123.js', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('vary')).toMatch(/accept-encoding/i);

    const plain = await get('/assets/app-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('sends Vary only once on a compressed answer', async () => {
    const res = await get('/assets/app-abc123.js', 'br');
    expect(
      res.headers
        .get('vary')
        ?.toLowerCase()
        .match(/accept-encoding/g),
    ).toHaveLength(1);
  });

  it("gives the app's routes the app page, compressed too, so deep links and reloads work", async () => {
    for (const path of ['/', '/login', '/woche', '/zeiten/neu', '/einsatz/0190a1b2-0000-7000-8000-000000000001']) {
      const res = await get(path, 'br');
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/text\/html/);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
    expect(await (await get('/zeiten')).text()).toBe(PAGE);
  });

  it('answers a path that is neither a file nor an app route with a 404 page', async () => {
    for (const path of [
      '/wp-login.php',
      '/assets/gone-123.js',
      '/einsatz',
      '/zeiten/1/2',
      '/.env',
      '/.vite/manifest.json',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/text\/html/);
      expect(await res.text(), path).toBe(NOT_FOUND);
    }
  });

  it('serves robots.txt as the file it is', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await res.text()).toContain('Disallow: /');
  });

  it('keeps unknown API paths a JSON 404', async () => {
    const res = await get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
  });
});

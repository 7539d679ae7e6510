/**
 * Bench pages built with Vite and the app's Solid plugin (bench/people, bench/planner), served from a
 * folder on 127.0.0.1. Not bundle.ts: esbuild cannot compile Solid's JSX, and the app's components
 * must be measured as the app ships them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import solid from 'vite-plugin-solid';
import { CHROMIUM_ARGS } from './browser/browser-compare';

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Builds the page whose index.html is in `root` into `outDir`. */
export async function buildPage(root: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'error',
    root,
    base: './',
    plugins: [solid()],
    build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: false },
  });
}

/** Serves `dir` (index.html at /) until the server is closed; resolves with its URL. */
export function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }),
    ),
  );
}

/**
 * Builds the page in `root`, serves it, opens it in a fresh headless Chromium and hands it to `fn`
 * with the errors the page throws; everything is closed and removed afterwards, also when `fn` fails.
 */
export async function onBuiltPage<T>(
  root: string,
  executablePath: string,
  viewport: { width: number; height: number } | null,
  fn: (page: Page, errors: string[]) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'ikz-bench-page-'));
  const profile = mkdtempSync(join(tmpdir(), 'ikz-bench-profile-'));
  let server: Server | undefined;
  try {
    await buildPage(root, dir);
    const served = await serve(dir);
    server = served.server;
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
      ...(viewport ? { viewport } : {}),
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(served.url);
      return await fn(page, errors);
    } finally {
      await context.close();
    }
  } finally {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

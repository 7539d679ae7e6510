/**
 * Bench pages built with Vite and the app's Solid plugin (bench/people, bench/planner), served from a
 * folder on 127.0.0.1. Not bundle.ts: esbuild cannot compile Solid's JSX, and the app's components
 * must be measured as the app ships them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import solid from 'vite-plugin-solid';

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

import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { precompress } from '../../client/pwa/precompress';
import type { AppEnv } from '../../server/http/context';
import { serveClient } from '../../server/http/static';

const SOURCE = fileURLToPath(new URL('./bare-stack-page', import.meta.url));

/**
 * Builds the bare-stack page (bare-stack-page/main.tsx) into a temporary folder with the app's build
 * settings (target, service worker, precompression) and serves it the way the app's server serves
 * the app (server/http/static.ts), so the two scores differ only by the app.
 */
export async function startBareStack(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'ikz-bare-stack-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: SOURCE,
    plugins: [
      solid(),
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        manifest: { name: 'Bare stack', short_name: 'Bare', start_url: '/', display: 'standalone', icons: [] },
        workbox: { globPatterns: ['**/*.{js,css,html}'], navigateFallback: '/index.html' },
      }),
      precompress(),
    ],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const app = new Hono<AppEnv>();
  serveClient(app, outDir);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

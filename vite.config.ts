import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { precompress } from './client/pwa/precompress.ts';
import { APP_ROUTE_PATTERNS } from './shared/routes/app-routes.ts';

export default defineConfig({
  root: 'client',
  publicDir: '../public',
  plugins: [
    solid(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'IKZ Einsatz',
        short_name: 'IKZ Einsatz',
        description: 'Einsätze und Arbeitszeiten im Gemeindeverbund – auch ohne Netz',
        lang: 'de',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5394',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        navigateFallback: '/index.html',
        // Only the app's own routes open offline from the cache; any other address goes to the server's 404.
        navigateFallbackAllowlist: [...APP_ROUTE_PATTERNS],
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // Web Push (public/push-sw.js): shows notifications the server pushes and opens the inbox on a tap.
        importScripts: ['/push-sw.js'],
      },
    }),
    // Last: after the service worker is written, so it is compressed too.
    precompress(),
  ],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    // dist/client/.vite/manifest.json: which chunks each route loads (bench/lighthouse/route-bytes.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // Named vendor chunks: stable cache keys and a readable size report.
        advancedChunks: {
          groups: [
            // Solid's store serves only forms, which load with their pages: kept out of the first load.
            { name: 'solid-store', test: /node_modules[\\/]solid-js[\\/]store[\\/]/, priority: 1 },
            { name: 'solid', test: /node_modules[\\/](solid-js[\\/](?!store[\\/])|@solidjs[\\/])/, priority: 2 },
            { name: 'dexie', test: /node_modules[\\/]dexie[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            // English is its own chunk, fetched only when chosen (client/i18n/i18n.ts).
            { name: 'i18n-en', test: /client[\\/]i18n[\\/]en\.ts$/, priority: 1 },
            { name: 'i18n', test: /client[\\/]i18n[\\/]/ },
          ],
        },
      },
    },
  },
  // In the browser, `zod` is the app's jitless zod (client/zod-jitless.ts); the server and tests keep the plain one.
  resolve: process.env.VITEST
    ? {}
    : { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./client/zod-jitless.ts', import.meta.url)) }] },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  test: {
    root: '.',
    environment: 'node',
    setupFiles: ['client/testing/setup.ts'],
    include: ['{shared,server,client,bench}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'client/e2e/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { isAppRoute } from '../../shared/routes/app-routes';
import type { AppEnv } from './context';

/** Answers whose bytes depend on Accept-Encoding: the build stores `.br`/`.gz` beside them. */
const HAS_VARIANTS = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;

const FALLBACK_404 =
  '<!doctype html><html lang="de"><meta charset="utf-8"><title>Seite nicht gefunden</title>' +
  '<h1>Seite nicht gefunden</h1><p><a href="/">Zur Startseite</a></p></html>';

/**
 * Serves the built PWA. Files are answered in their precompressed form (brotli or gzip, written at
 * build by client/pwa/precompress.ts) when the browser accepts it. The app's own routes
 * (shared/routes/app-routes.ts) get index.html so deep links work; every other path gets a 404 page.
 */
export function serveClient(app: Hono<AppEnv>, root: string): void {
  const notFoundPage = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html'), 'utf8') : FALLBACK_404;
  // Set on the finished answer: serveStatic's onFound runs after the Response is made, too late for c.header().
  app.use('/*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/') || !c.res.ok) return;
    // Also on the plain answer, so a shared cache never hands it to a browser that takes brotli (or the reverse).
    const type = c.res.headers.get('Content-Type') ?? '';
    if (HAS_VARIANTS.test(c.req.path) || type.startsWith('text/html')) {
      if (!/accept-encoding/i.test(c.res.headers.get('Vary') ?? '')) c.res.headers.append('Vary', 'Accept-Encoding');
    }
    if (c.res.headers.has('Cache-Control')) return;
    // Hashed assets never change; the shell and service worker must always be revalidated.
    c.res.headers.set(
      'Cache-Control',
      c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  });
  const files = serveStatic({ root, precompressed: true });
  // The build's own notes (.vite/manifest.json, read by the benchmark) are not part of the site.
  app.use('/*', (c, next) => (c.req.path.startsWith('/.vite/') ? next() : files(c, next)));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    if (isAppRoute(c.req.path)) return serveStatic({ root, path: 'index.html', precompressed: true })(c, next);
    return c.html(notFoundPage, 404, { 'Cache-Control': 'no-cache' });
  });
}

import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './context';

/** Serves the built PWA; unknown non-API paths get index.html so deep links work. */
export function serveClient(app: Hono<AppEnv>, root: string): void {
  // Set on the finished answer: serveStatic's onFound runs after the Response is made, too late for c.header().
  app.use('/*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/') || !c.res.ok || c.res.headers.has('Cache-Control')) return;
    // Hashed assets never change; the shell and service worker must always be revalidated.
    c.res.headers.set(
      'Cache-Control',
      c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  });
  app.use('/*', serveStatic({ root }));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    return serveStatic({ root, path: 'index.html' })(c, next);
  });
}

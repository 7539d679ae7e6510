import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './context';

/** Serves the built PWA; unknown non-API paths get index.html so deep links work. */
export function serveClient(app: Hono<AppEnv>, root: string): void {
  app.use(
    '/*',
    serveStatic({
      root,
      onFound: (path, c) => {
        // Hashed assets never change; the shell and service worker must always be revalidated.
        const immutable = path.includes('/assets/');
        c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    return serveStatic({ root, path: 'index.html' })(c, next);
  });
}

import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';
import { API_VERSION } from '../app';
import { openApiDocument, openApiPath } from './document';

let t: TestApp;
beforeEach(async () => {
  // With a static root, as in production, so the client's handlers are there to be told apart.
  t = await startTestApp({ seed: false, staticRoot: tmpdir() });
});
afterEach(() => t.close());

/** Middleware registers as method ALL; the SPA fallback as GET on the catch-all path. */
const isEndpoint = (route: { method: string; path: string }) => route.method !== 'ALL' && route.path !== '/*';

describe('openapi document and routes', () => {
  it('documents every route the app serves, and no route it does not', () => {
    // A route with middleware shows once per handler; one operation per method and path.
    const served = [
      ...new Set(t.app.routes.filter(isEndpoint).map((r) => `${r.method} ${openApiPath(r.path)}`)),
    ].sort();
    const documented = Object.entries(openApiDocument(API_VERSION).paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(served.length).toBeGreaterThanOrEqual(5);
    expect(
      served.filter((op) => !documented.includes(op)),
      'served but not documented',
    ).toEqual([]);
    expect(
      documented.filter((op) => !served.includes(op)),
      'documented but not served',
    ).toEqual([]);
  });

  it('tells the static handlers apart from API routes', () => {
    const skipped = t.app.routes.filter((r) => !isEndpoint(r));
    expect(skipped.some((r) => r.method === 'GET' && r.path === '/*')).toBe(true);
    expect(skipped.every((r) => !r.path.startsWith('/api/') || r.method === 'ALL')).toBe(true);
  });
});

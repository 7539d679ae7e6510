import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ROUTES, isAppRoute } from './app-routes';

describe('APP_ROUTES', () => {
  it('names exactly the routes the client draws', () => {
    const source = readFileSync(new URL('../../client/app.tsx', import.meta.url), 'utf8');
    const drawn = [...source.matchAll(/<Route\s+path="([^"]+)"/g)].map((m) => m[1]).filter((p) => p !== '*');
    expect(new Set(drawn)).toEqual(new Set(APP_ROUTES));
  });

  it('matches parameters as one segment and nothing else', () => {
    expect(isAppRoute('/')).toBe(true);
    expect(isAppRoute('/zeiten/neu')).toBe(true);
    expect(isAppRoute('/einsatz/0190a1b2-0000-7000-8000-000000000001')).toBe(true);
    expect(isAppRoute('/woche/')).toBe(true);
    expect(isAppRoute('/einsatz')).toBe(false);
    expect(isAppRoute('/einsatz/a/b')).toBe(false);
    expect(isAppRoute('/robots.txt')).toBe(false);
    expect(isAppRoute('/wp-login.php')).toBe(false);
    expect(isAppRoute('/assets/missing-chunk.js')).toBe(false);
  });
});

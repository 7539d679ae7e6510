/**
 * Every path the app draws, as written in client/app.tsx (a test keeps the two equal). The server
 * answers these with the app's page and anything else that is not a file with a real 404, so a typo
 * or a search engine's guess does not get "200 OK" and an empty app.
 */
export const APP_ROUTES = [
  '/login',
  '/barrierefreiheit',
  '/',
  '/woche',
  '/einsatz/:id',
  '/zeiten',
  '/zeiten/neu',
  '/zeiten/:id',
  '/sync',
  '/planung',
  '/planung/anfragen',
  '/einladung/:token',
  '/verwaltung/protokoll',
  '/verwaltung',
  '/verwaltung/gemeinden',
  '/verwaltung/gemeinden/:id',
  '/verwaltung/standorte',
  '/verwaltung/standorte/:id',
  '/verwaltung/leistungen',
  '/verwaltung/leistungen/:id',
  '/verwaltung/schliesstage',
  '/verwaltung/schliesstage/:id',
  '/verwaltung/verband',
  '/verwaltung/personen',
  '/verwaltung/personen/neu',
  '/verwaltung/personen/:id',
  '/konto',
  '/abwesenheiten',
  '/planung/abwesenheiten',
  '/mitteilungen',
  '/planung/serien',
  '/planung/offene-dienste',
  '/planung/ausbildung',
] as const;

/** The routes drawn outside the signed-in frame (client/app.tsx): no session check, no sync engine. */
export const PUBLIC_ROUTES: readonly string[] = [
  '/login',
  '/barrierefreiheit',
  '/einladung/:token',
] satisfies (typeof APP_ROUTES)[number][];

/** APP_ROUTES as anchored expressions (the service worker's offline fallback takes the same list). */
export const APP_ROUTE_PATTERNS: readonly RegExp[] = APP_ROUTES.map(
  (route) => new RegExp(`^${route.replace(/:[a-z]+/gi, '[^/]+')}/?$`),
);

/** Whether `path` (without query) is one of APP_ROUTES; `:param` segments match any one segment. */
export const isAppRoute = (path: string): boolean => APP_ROUTE_PATTERNS.some((p) => p.test(path));

const PUBLIC_ROUTE_PATTERNS: readonly RegExp[] = PUBLIC_ROUTES.map(
  (route) => new RegExp(`^${route.replace(/:[a-z]+/gi, '[^/]+')}/?$`),
);

/** Whether `path` is drawn outside the signed-in frame (`/einladung/:token` has a parameter). */
export const isPublicRoute = (path: string): boolean => PUBLIC_ROUTE_PATTERNS.some((p) => p.test(path));

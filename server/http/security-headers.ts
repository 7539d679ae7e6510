import type { Context } from 'hono';
import type { ProxyTrust } from './proxy-trust';
import { isHttps } from './proxy-trust';

/**
 * The PWA's policy: everything from this origin, nothing inline, no frames. The built app runs
 * under it with no violations (client/e2e/csp.e2e.test.ts checks every route in Chromium).
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** API answers are data, never documents: nothing may run or load from them. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

const common = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

// A year; no includeSubDomains, since an association's other hosts may not all speak HTTPS.
const HSTS = { 'Strict-Transport-Security': 'max-age=31536000' } as const;

// Personal answers must not stay in shared caches or the browser's disk cache.
const pageHeaders = Object.freeze({ ...common, 'Content-Security-Policy': PAGE_CSP });
const apiHeaders = Object.freeze({ ...common, 'Content-Security-Policy': API_CSP, 'Cache-Control': 'no-store' });

/** Precomputed once: setting them costs no allocation per request. */
const sets = {
  page: pageHeaders,
  pageHttps: Object.freeze({ ...pageHeaders, ...HSTS }),
  api: apiHeaders,
  apiHttps: Object.freeze({ ...apiHeaders, ...HSTS }),
  apiJson: Object.freeze({ 'Content-Type': 'application/json', ...apiHeaders }),
  apiJsonHttps: Object.freeze({ 'Content-Type': 'application/json', ...apiHeaders, ...HSTS }),
};

export type HeaderSet = Readonly<Record<string, string>>;

/** API answers' headers with Content-Type JSON, for answers built without hono's header handling. */
export const apiJsonHeaders = (c: Context, trust: ProxyTrust | undefined): HeaderSet =>
  isHttps(c, trust) ? sets.apiJsonHttps : sets.apiJson;

/** Responses that already carry the set (made by jsonTextResponse); the middleware leaves them alone. */
const secured = new WeakSet<Response>();
export const markSecured = (res: Response): Response => {
  secured.add(res);
  return res;
};

const isApi = (path: string): boolean => path === '/api' || path.startsWith('/api/');

/** Adds the headers an answer lacks; a route's own Cache-Control (static assets, events) is kept. */
export function addSecurityHeaders(c: Context, trust: ProxyTrust | undefined): void {
  const res = c.res;
  if (secured.has(res)) return;
  const https = isHttps(c, trust);
  const set = isApi(c.req.path) ? (https ? sets.apiHttps : sets.api) : https ? sets.pageHttps : sets.page;
  const headers = res.headers;
  for (const name in set) {
    if (!headers.has(name)) headers.set(name, set[name as keyof typeof set]);
  }
}

import type { Context } from 'hono';
import { isTrusted, peerAddress, type ProxyTrust } from './proxy-trust';

/** The host the client addressed: Host, or X-Forwarded-Host when a trusted proxy rewrote it. */
export function requestHost(c: Context, trust: ProxyTrust | undefined): string | undefined {
  const forwarded = trust && isTrusted(trust, peerAddress(c)) ? c.req.header('x-forwarded-host') : undefined;
  const host = forwarded?.split(',')[0]?.trim() ?? c.req.header('host') ?? new URL(c.req.url).host;
  return host.toLowerCase();
}

/**
 * Whether a state-changing request comes from a page of another site (cross-site request forgery:
 * a form posting to /api/auth/logout, a script pushing with the person's cookie). Browsers say so in
 * Sec-Fetch-Site, older ones only in Origin. Requests with neither come from programs, not from a
 * page, and cannot ride on a browser's cookie.
 */
export function isCrossOrigin(c: Context, trust: ProxyTrust | undefined): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = c.req.header('origin');
  if (origin === undefined) return false;
  if (origin === 'null') return true;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  // The host alone: behind a TLS proxy the server itself may see http while the page is https.
  return host !== requestHost(c, trust);
}

import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/context';
import { isHttps } from '../http/proxy-trust';
import { SESSION_COOKIE } from '../auth/sessions';

/** The session cookie exactly as /api/auth/login sets it. */
export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date): void {
  const { cookieSecure, trustProxy } = c.get('deps');
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: cookieSecure === 'auto' ? isHttps(c, trustProxy) : cookieSecure === 'true',
    path: '/',
    expires: expiresAt,
  });
}

/** The origin the person's browser used (proxy-aware), for links that must work from there. */
export function publicOrigin(c: Context<AppEnv>, host: string | undefined): string {
  const { trustProxy } = c.get('deps');
  return `${isHttps(c, trustProxy) ? 'https' : 'http'}://${host ?? new URL(c.req.url).host}`;
}

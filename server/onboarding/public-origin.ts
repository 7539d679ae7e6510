import type { Context } from 'hono';
import type { AppEnv } from '../http/context';
import { isHttps } from '../http/proxy-trust';

/** The origin the person's browser used (proxy-aware), for links that must work from there. */
export function publicOrigin(c: Context<AppEnv>, host: string | undefined): string {
  const { trustProxy } = c.get('deps');
  return `${isHttps(c, trustProxy) ? 'https' : 'http'}://${host ?? new URL(c.req.url).host}`;
}

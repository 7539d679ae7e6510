import { Hono } from 'hono';
import type { AboutResponse } from '../../shared/accessibility/schema';
import type { AppEnv } from '../http/context';

/** Public: the accessibility statement must be readable without an account (EU 2016/2102, art. 7). */
export const aboutRoutes = new Hono<AppEnv>().get('/', (c) =>
  c.json<AboutResponse>({ accessibilityContact: c.get('deps').accessibilityContact ?? null }),
);

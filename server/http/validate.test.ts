import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AppEnv } from './context';
import { handleError } from './errors';
import { memoizedQueryParser } from './validate';

describe('memoizedQueryParser', () => {
  const schema = z.object({ cursor: z.coerce.number().int().nonnegative().default(0), id: z.string().optional() });
  const parse = memoizedQueryParser(schema, 2);
  const seen: unknown[] = [];
  const app = new Hono<AppEnv>().get('/q', (c) => (seen.push(parse(c)), c.json(parse(c)))).onError(handleError);

  it('gives the same result for the same query string, parsed once', async () => {
    seen.length = 0;
    expect(await (await app.request('/q?cursor=5&id=a')).json()).toEqual({ cursor: 5, id: 'a' });
    await app.request('/q?cursor=5&id=a');
    expect(seen[0]).toBe(seen[1]);
    expect(await (await app.request('/q')).json()).toEqual({ cursor: 0 });
  });

  it('refuses invalid queries every time and keeps none of them', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await app.request('/q?cursor=-1');
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'validation_failed' });
    }
  });

  it('remembers only the newest query strings', async () => {
    seen.length = 0;
    await app.request('/q?cursor=1');
    await app.request('/q?cursor=2');
    await app.request('/q?cursor=3');
    await app.request('/q?cursor=1');
    expect(seen[3]).not.toBe(seen[0]);
    expect(seen[3]).toEqual(seen[0]);
  });
});

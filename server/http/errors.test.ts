import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors/errors';
import type { AppEnv } from './context';
import { handleError, notFound } from './errors';

const app = new Hono<AppEnv>()
  .get('/fail', () => {
    throw new AppError('forbidden', 'Nope');
  })
  .get('/ok', (c) => c.json({ ok: true }));
app.onError(handleError);
app.notFound(notFound);

describe('error answers', () => {
  it('carry one request id in the body and the X-Request-Id header', async () => {
    const res = await app.request('/fail');
    expect(res.status).toBe(403);
    const body = (await res.json()) as { code: string; requestId: string };
    expect(body.code).toBe('forbidden');
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-request-id')).toBe(body.requestId);
    const again = (await (await app.request('/nowhere')).json()) as { code: string; requestId: string };
    expect(again.code).toBe('not_found');
    expect(again.requestId).not.toBe(body.requestId);
  });

  it('reuse the id a proxy sent, unless it is not a plain token', async () => {
    const traced = await app.request('/fail', { headers: { 'x-request-id': 'proxy-42' } });
    expect(((await traced.json()) as { requestId: string }).requestId).toBe('proxy-42');
    const odd = await app.request('/fail', { headers: { 'x-request-id': 'a b<script>' } });
    expect(((await odd.json()) as { requestId: string }).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('are the only answers that get a request id', async () => {
    const res = await app.request('/ok');
    expect(res.headers.get('x-request-id')).toBeNull();
  });
});

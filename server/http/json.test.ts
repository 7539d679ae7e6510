import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './context';
import { COMPRESS_THRESHOLD, jsonResponse } from './json';

const big = { rows: Array.from({ length: 200 }, (_, i) => ({ id: i, note: 'Drucker im Lehrerzimmer' })) };
const app = new Hono<AppEnv>()
  .get('/small', (c) => jsonResponse(c, { ok: true }))
  .get('/big', (c) => jsonResponse(c, big, 201));

describe('jsonResponse', () => {
  it('compresses large answers with brotli for clients that accept it, smaller than gzip', async () => {
    const res = await app.request('/big', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const packed = Buffer.from(await res.arrayBuffer());
    expect(JSON.parse(brotliDecompressSync(packed).toString('utf8'))).toEqual(big);
    const gzipped = await app.request('/big', { headers: { 'accept-encoding': 'gzip' } });
    expect(packed.length).toBeLessThan((await gzipped.arrayBuffer()).byteLength);
  });

  it('gzips large answers for clients that accept gzip but not brotli', async () => {
    const res = await app.request('/big', { headers: { 'accept-encoding': 'gzip, deflate, br;q=0' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const zipped = Buffer.from(await res.arrayBuffer());
    expect(JSON.stringify(big).length).toBeGreaterThan(COMPRESS_THRESHOLD);
    expect(zipped.length).toBeLessThan(JSON.stringify(big).length / 5);
    expect(JSON.parse(gunzipSync(zipped).toString('utf8'))).toEqual(big);
  });

  it('sends plain JSON to clients without gzip', async () => {
    const res = await app.request('/big', { headers: { 'accept-encoding': 'identity' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual(big);
  });

  it('leaves small answers uncompressed, where gzip would cost more than it saves', async () => {
    const res = await app.request('/small', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.json()).toEqual({ ok: true });
  });
});

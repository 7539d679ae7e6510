import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const post = (path: string, body: string | ReadableStream<Uint8Array>, cookie?: string) =>
  Promise.resolve(
    t.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
      ...(cookie ? { cookie } : {}),
    } as RequestInit),
  );

/** The body as it comes off a socket: 64 KiB pieces, without a Content-Length (encoded before timing starts). */
function arriving(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, (at += 65_536)));
    },
  });
}

/**
 * Sends `body` while a health check runs, three times, and gives the fastest times: the machine
 * running the tests is shared, and the fastest run is the one that shows the server's own cost.
 */
async function refusedWithHealth(
  path: string,
  text: string,
  cookie?: string,
): Promise<{ status: number; refusedMs: number; healthMs: number }> {
  const bytes = new TextEncoder().encode(text);
  let best = { status: 0, refusedMs: Infinity, healthMs: Infinity };
  for (let i = 0; i < 3; i++) {
    const body = arriving(bytes);
    const started = performance.now();
    const health = Promise.resolve(t.request('/api/health')).then(
      (r) => (expect(r.status).toBe(200), performance.now() - started),
    );
    const res = await post(path, body, cookie);
    const refusedMs = performance.now() - started;
    expect(await res.json()).toMatchObject({ code: 'payload_too_large' });
    best = {
      status: res.status,
      refusedMs: Math.min(best.refusedMs, refusedMs),
      healthMs: Math.min(best.healthMs, await health),
    };
  }
  return best;
}

describe('body limits', () => {
  it('refuses a 4 MB login body of nested brackets within 50 ms while /api/health stays fast', async () => {
    const { status, refusedMs, healthMs } = await refusedWithHealth('/api/auth/login', '['.repeat(4 * 1024 * 1024));
    expect(status).toBe(413);
    expect(refusedMs).toBeLessThan(50);
    expect(healthMs).toBeLessThan(50);
  });

  it('refuses a login body declared larger than a few KB before reading it', async () => {
    const res = await t.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '5000' },
      body: '{}',
    });
    expect(res.status).toBe(413);
  });

  it('refuses a push of 4 MB nested brackets or 1.3 million empty mutations within 50 ms', async () => {
    const cookie = await t.login(t.logins.technician);
    const nested = `{"type":"push","protocol":1,"mutations":${'['.repeat(4 * 1024 * 1024 - 50)}`;
    const empty =
      '{"type":"push","protocol":1,"clientId":"01900000-0000-7000-8000-0000000000aa",' +
      `"mutations":[${'{},'.repeat(1_300_000)}{}]}`;
    for (const body of [nested, empty]) {
      const { status, refusedMs, healthMs } = await refusedWithHealth('/api/sync/push', body, cookie);
      expect(status).toBe(413);
      expect(refusedMs).toBeLessThan(50);
      expect(healthMs).toBeLessThan(50);
    }
  });

  it('refuses other content types and malformed JSON with 400', async () => {
    const form = await t.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a&password=b',
    });
    expect(form.status).toBe(400);
    expect(await form.json()).toMatchObject({ code: 'bad_request' });
    expect((await post('/api/auth/login', '{"email":')).status).toBe(400);
  });
});

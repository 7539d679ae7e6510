import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';
import { answerClientError } from './client-error';

let t: TestApp;
let port: number;
let close: () => Promise<void>;
beforeEach(async () => {
  t = await startTestApp();
  const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  server.on('clientError', answerClientError);
  await new Promise((r) => server.once('listening', r));
  port = (server.address() as AddressInfo).port;
  close = () => new Promise((r) => server.close(() => r(undefined)));
});
afterEach(async () => {
  await close();
  await t.close();
  vi.restoreAllMocks();
});

/** Sends raw bytes and reads until the server closes the connection. */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

const bodyOf = (answer: string): unknown => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

describe('requests Node itself cannot parse', () => {
  it('get a JSON 400 with the error shape', async () => {
    const answer = await raw('GET /api/health HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/content-type: application\/json/i);
    expect(bodyOf(answer)).toMatchObject({
      code: 'bad_request',
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('get a JSON 431 for oversized headers', async () => {
    const answer = await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(answer)).toMatchObject({ code: 'bad_request', requestId: expect.any(String) });
  });
});

describe('a client that hangs up halfway through its body', () => {
  it('is logged as a client abort, not as an internal error', async () => {
    const cookie = await t.login(t.logins.technician);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(
      `POST /api/sync/push HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"type":"push",',
    );
    await new Promise((r) => setTimeout(r, 100));
    socket.destroy();
    const deadline = Date.now() + 2000;
    while (warnings.mock.calls.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(errors).not.toHaveBeenCalled();
    expect(String(warnings.mock.calls[0]?.[0])).toMatch(/client aborted POST \/api\/sync\/push/);
  });
});

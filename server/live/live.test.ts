import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { testDatabaseUrl } from '../env';
import { startTestApp, type TestApp } from '../testing/test-app';
import { PgListen } from '../db/pg-listen';
import { LiveHub } from './hub';
import { MAX_STREAMS_PER_SESSION } from './routes';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** Reads SSE events from a streaming response until `predicate` matches or the time runs out. */
async function waitForEvent(res: Response, name: string, ms: number): Promise<boolean> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + ms;
  try {
    while (Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now())),
      ]);
      if (!chunk || chunk.done) break;
      text += decoder.decode(chunk.value);
      if (text.includes(`event: ${name}`)) return true;
    }
    return false;
  } finally {
    await reader.cancel().catch(() => {});
  }
}

async function createEntry(t: TestApp, cookie: string) {
  const pulled = (await (await t.request('/api/sync/pull', { cookie })).json()) as {
    upserts: { municipalities: { id: string }[]; serviceTypes: { id: string }[] };
  };
  const body = {
    type: 'push',
    protocol: 1,
    clientId: '01900000-0000-7000-8000-0000000000aa',
    mutations: [
      {
        id: 1,
        name: 'timeEntry.create',
        args: {
          id: '01900000-0000-7000-8000-0000000000ab',
          date: '2026-11-18',
          start: '08:00',
          end: '09:00',
          breakMinutes: 0,
          municipalityId: pulled.upserts.municipalities[0]!.id,
          siteId: null,
          serviceTypeId: pulled.upserts.serviceTypes[0]!.id,
          assignmentId: null,
          note: 'live',
          state: 'draft',
        },
      },
    ],
  };
  const res = await t.json('/api/sync/push', cookie, body);
  if (res.status !== 200) throw new Error(await res.text());
}

describe('live updates', () => {
  it('pokes other devices of the association within a second of a change', async () => {
    const t = await startTestApp();
    cleanups.push(() => t.close());
    const coordinator = await t.login(t.logins.coordinator);
    const tech = await t.login(t.logins.technician);
    const stream = await t.request('/api/sync/events', { cookie: coordinator });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const started = Date.now();
    const poked = waitForEvent(stream, 'poke', 1000);
    await createEntry(t, tech);
    expect(await poked).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('caps the event streams of one session, and frees a place when a stream closes', async () => {
    const t = await startTestApp();
    cleanups.push(() => t.close());
    const cookie = await t.login(t.logins.coordinator);
    const streams: Response[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_SESSION; i++) streams.push(await t.request('/api/sync/events', { cookie }));
    expect(streams.map((s) => s.status)).toEqual(Array(MAX_STREAMS_PER_SESSION).fill(200));
    const refused = await t.request('/api/sync/events', { cookie });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ code: 'too_many_requests' });
    // Another session of the same person is counted on its own.
    const other = await t.request('/api/sync/events', { cookie: await t.login(t.logins.coordinator) });
    expect(other.status).toBe(200);
    streams.push(other);
    await streams.shift()!.body!.cancel();
    await new Promise((r) => setTimeout(r, 50));
    const again = await t.request('/api/sync/events', { cookie });
    expect(again.status).toBe(200);
    for (const s of [...streams, again]) await s.body!.cancel();
  });

  it('refuses the event stream without a session', async () => {
    const t = await startTestApp({ seed: false });
    cleanups.push(() => t.close());
    expect((await t.request('/api/sync/events')).status).toBe(401);
  });

  // PostgreSQL only (LISTEN/NOTIFY); npm run test:pg runs these.
  const pgUrl = testDatabaseUrl();
  const twoInstances = async () => {
    const hubA = new LiveHub();
    const hubB = new LiveHub();
    await hubA.connectPostgres(pgUrl!);
    await hubB.connectPostgres(pgUrl!);
    cleanups.push(
      () => hubA.close(),
      () => hubB.close(),
    );
    const a = await startTestApp({ hub: hubA });
    cleanups.push(() => a.close());
    // Instance B: same database, its own hub and app (another process behind a load balancer).
    const b = createApp(
      {
        db: a.db,
        dialect: a.dialect,
        clock: () => new Date('2026-11-18T09:30:00Z'),
        sessionDays: 30,
        cookieSecure: 'false',
      },
      { hub: hubB },
    );
    const pokedOnB = async () => {
      const cookie = await a.login(a.logins.coordinator);
      const stream = await b.request('http://localhost/api/sync/events', { headers: { cookie } });
      const poked = waitForEvent(stream, 'poke', 2000);
      await createEntry(a, await a.login(a.logins.technician));
      return poked;
    };
    return { hubB, pokedOnB };
  };

  if (pgUrl)
    it('with PostgreSQL, reaches clients connected to another server instance', async () => {
      const { pokedOnB } = await twoInstances();
      expect(await pokedOnB()).toBe(true);
    });

  if (pgUrl)
    it('with PostgreSQL, listens again after its connection was ended', async () => {
      const { hubB, pokedOnB } = await twoInstances();
      const before = hubB.backendPid;
      expect(before).toBeTypeOf('number');
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [before]);
      await admin.end();
      const deadline = Date.now() + 10_000;
      while (hubB.backendPid === undefined || hubB.backendPid === before) {
        if (Date.now() > deadline) throw new Error('the hub did not reconnect');
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await pokedOnB()).toBe(true);
    }, 15_000);

  if (pgUrl)
    it('with PostgreSQL, replaces a LISTEN connection that stops answering without closing', async () => {
      // The first connection goes silent, as behind a NAT that dropped the flow: its heartbeat never answers.
      let made = 0;
      const newClient = (config: pg.ClientConfig) => {
        const client = new pg.Client(config);
        if (++made === 1) {
          const query = client.query.bind(client) as (text: string) => Promise<unknown>;
          (client as unknown as { query: (text: string) => Promise<unknown> }).query = (text) =>
            text === 'select 1' ? new Promise(() => {}) : query(text);
        }
        return client;
      };
      let connected = 0;
      const lost: unknown[] = [];
      const listen = new PgListen(
        pgUrl,
        'ikz-test',
        ['ikz_test_channel'],
        { notification: () => {}, connected: () => connected++, lost: (err) => lost.push(err) },
        { heartbeatMs: 50, heartbeatTimeoutMs: 100, newClient },
      );
      cleanups.push(() => listen.stop());
      await listen.start();
      const deadline = Date.now() + 5000;
      while (connected < 2) {
        if (Date.now() > deadline) throw new Error('the silent connection was not replaced');
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(made).toBeGreaterThanOrEqual(2);
      expect(String(lost[0])).toMatch(/did not answer/);
    });
});

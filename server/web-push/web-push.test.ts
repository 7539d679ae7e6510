import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import type { PushKeyResponse } from '../../shared/web-push/schema';
import { personOf, placeOf } from '../testing/assignment-pushes';
import { pushDevice, pushOne } from '../testing/people-pushes';
import { startPushService } from '../testing/push-service';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let service: Awaited<ReturnType<typeof startPushService>>;
beforeEach(async () => {
  t = await startTestApp({ webPush: { subject: 'mailto:it@ikz.example', allowHttpLoopback: true } });
  service = await startPushService();
});
afterEach(async () => {
  await t.pushesSent();
  await service.close();
  await t.close();
});

async function planFor(email: string) {
  const planner = pushDevice(await t.login(t.logins.coordinator));
  const a = {
    id: newId(),
    personId: await personOf(t, email),
    ...(await placeOf(t)),
    plannedStart: '2027-01-13T07:00:00.000Z',
    plannedEnd: '2027-01-13T11:00:00.000Z',
    task: 'Schul-WLAN',
    status: 'planned',
    workerNotes: '',
  };
  expect((await pushOne(t, planner, 'assignment.create', a)).status).toBe('applied');
  return a;
}

describe('web push', () => {
  it('delivers a notification that decrypts to its kind and parameters, signed with the stored VAPID key', async () => {
    const technician = await t.login(t.logins.technician);
    const browser = service.browser('tech');
    expect((await t.json('/api/push/subscribe', technician, browser.subscription)).status).toBe(201);
    const a = await planFor(t.logins.technician);
    const got = await service.next();
    expect(got.path).toBe('/push/tech');
    expect(got.headers['content-encoding']).toBe('aes128gcm');
    const { publicKey } = (await (await t.request('/api/push/key', { cookie: technician })).json()) as PushKeyResponse;
    expect(got.headers.authorization).toContain(`k=${publicKey}`);
    const payload = JSON.parse(browser.decrypt(got.body)) as Record<string, unknown>;
    const stored = await t.db
      .selectFrom('notifications')
      .select(['id', 'pushedAt'])
      .where('kind', '=', 'assignment.assigned')
      .executeTakeFirstOrThrow();
    expect(payload).toEqual({
      id: stored.id,
      kind: 'assignment.assigned',
      params: {
        assignmentId: a.id,
        start: a.plannedStart,
        end: a.plannedEnd,
        timeZone: 'Europe/Vienna',
        place: expect.any(String),
      },
      texts: {
        de: { title: 'Neuer Einsatz', body: expect.stringContaining('08:00–12:00') },
        en: { title: 'New assignment', body: expect.stringContaining('08:00–12:00') },
      },
    });
    expect(stored.pushedAt).not.toBeNull();
  });

  it('keeps one key pair: the key route answers the same key every time', async () => {
    const cookie = await t.login(t.logins.cover);
    const keyOnce = async () =>
      ((await (await t.request('/api/push/key', { cookie })).json()) as PushKeyResponse).publicKey;
    const keys = await Promise.all([keyOnce(), keyOnce(), keyOnce()]);
    expect(new Set(keys).size).toBe(1);
    expect(await t.db.selectFrom('vapidKeys').select('id').execute()).toHaveLength(1);
  });

  it('sends nothing to someone who has not subscribed, and nothing after unsubscribing', async () => {
    const technician = await t.login(t.logins.technician);
    const browser = service.browser('tech');
    await t.json('/api/push/subscribe', technician, browser.subscription);
    const off = await t.json('/api/push/unsubscribe', technician, { endpoint: browser.subscription.endpoint });
    expect(off.status).toBe(200);
    await planFor(t.logins.technician);
    await planFor(t.logins.cover);
    await t.pushesSent();
    expect(service.received).toEqual([]);
  });

  it('forgets a subscription the push service says is gone (410)', async () => {
    await service.close();
    service = await startPushService(410);
    const technician = await t.login(t.logins.technician);
    await t.json('/api/push/subscribe', technician, service.browser('gone').subscription);
    await planFor(t.logins.technician);
    await service.next();
    await t.pushesSent();
    expect(await t.db.selectFrom('pushSubscriptions').select('id').execute()).toEqual([]);
  });
});

describe('web push: bad subscriptions', () => {
  const keys = () => service.browser('x').subscription.keys;
  it.each([
    ['http to another host', 'http://push.example/abc'],
    ['a foreign scheme', 'ftp://push.example/abc'],
    ['javascript', 'javascript:alert(1)'],
  ])('refuses %s, naming the endpoint', async (_label, endpoint) => {
    const cookie = await t.login(t.logins.technician);
    const res = await t.json('/api/push/subscribe', cookie, { endpoint, keys: keys() });
    expect(res.status).toBe(400);
    expect(errorBodySchema.parse(await res.json()).details?.[0]?.path).toBe('endpoint');
    expect(await t.db.selectFrom('pushSubscriptions').select('id').execute()).toEqual([]);
  });
  it('refuses missing keys', async () => {
    const cookie = await t.login(t.logins.technician);
    const res = await t.json('/api/push/subscribe', cookie, { endpoint: 'https://push.example/a', keys: {} });
    expect(res.status).toBe(400);
  });
  it('refuses http to the loopback address unless configured for tests', async () => {
    const strict = await startTestApp({ webPush: { subject: 'mailto:it@ikz.example' } });
    const cookie = await strict.login(strict.logins.technician);
    const res = await strict.json('/api/push/subscribe', cookie, service.browser('x').subscription);
    expect(res.status).toBe(400);
    await strict.close();
  });
  it('moves a browser to whoever subscribes it last (a shared phone)', async () => {
    const browser = service.browser('shared');
    await Promise.all([
      t.json('/api/push/subscribe', await t.login(t.logins.technician), browser.subscription),
      t.json('/api/push/subscribe', await t.login(t.logins.cover), browser.subscription),
    ]);
    const rows = await t.db.selectFrom('pushSubscriptions').select('personId').execute();
    expect(rows).toHaveLength(1);
  });
});

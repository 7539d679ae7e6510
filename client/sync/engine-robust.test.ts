import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../server/testing/test-app';
import type { Transport } from '../api/http';
import { LocalDb } from '../db/local-db';
import { SyncEngine } from './engine';
import { disposeDevices, logEntry, testDevice } from '../testing/test-device';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  disposeDevices();
  await t.close();
  Reflect.deleteProperty(globalThis, 'navigator');
});

/** A minimal Web Locks manager: one holder per name, others wait in line (as in browsers). */
function installLocks(): void {
  const tails = new Map<string, Promise<void>>();
  const locks = {
    request: (name: string, cb: () => Promise<void>) => {
      const run = (tails.get(name) ?? Promise.resolve()).then(cb);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
  Object.defineProperty(globalThis, 'navigator', { value: { locks }, configurable: true });
}

describe('robust client', () => {
  it('never sends the same outbox twice from two tabs of one device', async () => {
    installLocks();
    const phone = await testDevice(t, t.logins.technician);
    await phone.sync();
    await logEntry(phone, 'zwei Tabs');
    let pushes = 0;
    // A slow network, so both tabs have read the outbox before either hears back.
    const counting: Transport = async (path, init) => {
      if (path.startsWith('/api/sync/push')) pushes++;
      await new Promise((r) => setTimeout(r, 100));
      return phone.transport(path, init);
    };
    // A second tab: its own connection to the same database, its own engine.
    const otherTab = new LocalDb(phone.db.name);
    const tabA = new SyncEngine(phone.db, counting);
    const tabB = new SyncEngine(otherTab, counting);
    await Promise.all([tabA.sync(), tabB.sync()]);
    expect(pushes).toBe(1);
    expect(await phone.db.outbox.count()).toBe(0);
    otherTab.close();
  });

  it('retries with growing, jittered delays while the server is unreachable', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const db = new LocalDb(`retry-${Date.now()}`);
    let calls = 0;
    const down: Transport = async () => {
      calls++;
      throw new TypeError('Failed to fetch');
    };
    const delays: number[] = [];
    let failed: () => void = () => {};
    const engine = new SyncEngine(
      db,
      down,
      (s) => s.phase === 'offline' && failed(),
      () => 0.5,
    );
    const spy = vi.spyOn(globalThis, 'setTimeout');
    await engine.sync();
    for (let i = 0; i < 8; i++) {
      delays.push(Number(spy.mock.calls.at(-1)?.[1]));
      const next = new Promise<void>((resolve) => (failed = resolve));
      vi.runOnlyPendingTimers();
      await next;
    }
    engine.dispose();
    vi.useRealTimers();
    expect(calls).toBe(9);
    expect(engine.status.phase).toBe('offline');
    // Half of an exponential ceiling (jitter fixed at 0.5), capped at a minute.
    expect(delays.slice(0, 6)).toEqual([1000, 2000, 4000, 8000, 16000, 30000]);
    expect(Math.max(...delays)).toBe(30000);
    await db.delete();
  });
});

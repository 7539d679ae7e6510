import 'fake-indexeddb/auto';
import type { SessionUser } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';
import { TEST_NOW, type TestApp } from '../../server/testing/test-app';
import type { TimeEntry } from '../../shared/time-entries/schema';
import { createTimeEntry, type NewTimeEntry } from '../time-entries/local-writes';
import type { Transport } from '../api/http';
import { LocalDb } from '../db/local-db';
import { SyncEngine } from '../sync/engine';

const engines = new Set<SyncEngine>();
/** Stops retry timers of every simulated device, so none fires after its server is gone. */
export function disposeDevices(): void {
  for (const e of engines) e.dispose();
  engines.clear();
}

export type Network = { online: boolean; dropReplies: boolean };

/** A simulated phone: its own IndexedDB (fake-indexeddb), a session, and a switchable network. */
export async function testDevice(t: TestApp, email: string, password?: string) {
  const cookie = await (password === undefined ? t.login(email) : t.login(email, password));
  const me = (await (await t.request('/api/auth/me', { cookie })).json()) as { user: SessionUser };
  const net: Network = { online: true, dropReplies: false };
  const transport: Transport = async (path, init) => {
    if (!net.online) throw new TypeError('Failed to fetch');
    const res = await t.request(path, { ...init, cookie });
    // The server committed but the reply never arrived (tunnel, dead zone).
    if (net.dropReplies) throw new TypeError('Network connection lost');
    return res;
  };
  const db = new LocalDb(`test-${newId()}`);
  await db.open();
  const engine = new SyncEngine(db, transport);
  engines.add(engine);
  return { db, user: me.user, net, transport, engine, sync: () => engine.sync() };
}
export type TestDevice = Awaited<ReturnType<typeof testDevice>>;

/** Logs an hour of work on the device's first municipality and service type (queued, not yet sent). */
export async function logEntry(
  d: Pick<TestDevice, 'user'> & { db: LocalDb },
  note: string,
  over: Partial<NewTimeEntry> = {},
): Promise<TimeEntry> {
  const m = (await d.db.municipalities.toArray())[0]!;
  const s = (await d.db.serviceTypes.toArray())[0]!;
  const entry: NewTimeEntry = {
    date: '2026-11-18',
    start: '08:00',
    end: '09:00',
    breakMinutes: 0,
    municipalityId: m.id,
    siteId: null,
    serviceTypeId: s.id,
    assignmentId: null,
    note,
    ...over,
  };
  return createTimeEntry(d.db, d.user, entry, TEST_NOW);
}

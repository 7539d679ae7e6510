import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, TEST_NOW, type TestApp } from '../../server/testing/test-app';
import type { Transport } from '../api/http';
import { disposeDevices, type TestDevice, testDevice } from '../testing/test-device';
import { newId } from '../../shared/ids/ids';
import { LocalDb } from '../db/local-db';
import { SyncEngine } from '../sync/engine';
import { holidaysBetween, earlyHolidays, refreshHolidays } from './holiday-cache';

let t: TestApp;
let d: TestDevice;
let asked: string[];
let counted: Transport;
beforeEach(async () => {
  t = await startTestApp();
  d = await testDevice(t, t.logins.coordinator);
  await d.sync();
  asked = [];
  counted = (path, init) => {
    asked.push(path);
    return d.transport(path, init);
  };
});
afterEach(() => {
  disposeDevices();
  t.close();
});

const ossiach = async () => (await d.db.municipalities.toArray()).find((m) => m.name === 'Ossiach')!;

describe('public holidays on the device', () => {
  it('are fetched with the sync for this year and next, and answer offline', async () => {
    const year = new Date().getUTCFullYear();
    const m = await ossiach();
    d.net.online = false;
    const christmas = await holidaysBetween(d.db, `${year + 1}-12-25`, `${year + 1}-12-26`);
    expect(christmas.filter((h) => h.municipalityId === m.id).map((h) => h.date)).toEqual([
      `${year + 1}-12-25`,
      `${year + 1}-12-26`,
    ]);
    // Every municipality of the association has its own.
    const all = await d.db.municipalities.count();
    expect(new Set(christmas.map((h) => h.municipalityId)).size).toBe(all);
  });

  it('asks the server again only when the year or a municipality changes', async () => {
    const now = new Date(`${new Date().getUTCFullYear()}-06-01T08:00:00Z`);
    // The sync fetched them already: nothing to ask.
    expect(await refreshHolidays(d.db, counted, now)).toBe(false);
    const nextYear = new Date(`${now.getUTCFullYear() + 1}-01-02T08:00:00Z`);
    expect(await refreshHolidays(d.db, counted, nextYear)).toBe(true);
    expect(await refreshHolidays(d.db, counted, nextYear)).toBe(false);
    const y = nextYear.getUTCFullYear();
    expect(asked).toEqual([`/api/holidays?from=${y}-01-01&to=${y + 1}-12-31`]);
    // A municipality moved to Berlin (as a pull would bring it): its holidays follow, Frauentag included.
    const m = await ossiach();
    const womensDay = async () =>
      (await holidaysBetween(d.db, `${y}-03-08`, `${y}-03-08`)).filter((h) => h.municipalityId === m.id);
    expect(await womensDay()).toEqual([]);
    await t.db.updateTable('municipalities').set({ country: 'DE', state: 'DE-BE' }).where('id', '=', m.id).execute();
    await d.db.municipalities.put({ ...m, country: 'DE', state: 'DE-BE' });
    expect(await refreshHolidays(d.db, counted, nextYear)).toBe(true);
    expect((await womensDay()).map((h) => h.date)).toEqual([`${y}-03-08`]);
  });

  it('keeps what it had when the server cannot be reached', async () => {
    const before = await d.db.publicHolidays.count();
    expect(before).toBeGreaterThan(0);
    d.net.online = false;
    await d.db.meta.delete('holidays');
    await expect(refreshHolidays(d.db, counted, TEST_NOW)).rejects.toThrow();
    expect(await d.db.publicHolidays.count()).toBe(before);
  });

  it('on a first sync are asked for while the pull runs, once', async () => {
    const asks: string[] = [];
    let storedWhenAsked = -1;
    const db = new LocalDb(`test-${newId()}`);
    const engine = new SyncEngine(db, async (path, init) => {
      asks.push(path.split('?')[0]!);
      // How much of the pull the device had stored when it asked: nothing, if asked alongside the pull.
      if (path.startsWith('/api/holidays')) storedWhenAsked = await db.people.count();
      return d.transport(path, init);
    });
    try {
      await engine.sync();
      expect(engine.status.phase).toBe('idle');
      expect(asks.filter((a) => a === '/api/holidays')).toHaveLength(1);
      expect(storedWhenAsked).toBe(0);
      expect(await db.people.count()).toBeGreaterThan(0);
      expect(await db.publicHolidays.count()).toBe(await d.db.publicHolidays.count());
    } finally {
      engine.dispose();
      await db.delete();
    }
  });

  it('take an early answer only if it was computed for the municipalities the pull brought', async () => {
    const now = new Date(`${new Date().getUTCFullYear()}-06-01T08:00:00Z`);
    await d.db.meta.delete('holidays');
    const fitting = await earlyHolidays(d.db, counted, now);
    fitting!.start();
    expect(await refreshHolidays(d.db, counted, now, fitting)).toBe(true);
    expect(asked).toHaveLength(1);

    // Once stored, a later sync asks nothing early.
    expect(await earlyHolidays(d.db, counted, now)).toBeNull();

    await d.db.meta.delete('holidays');
    const stale = await earlyHolidays(d.db, counted, now);
    stale!.start();
    // Meanwhile a municipality moved to Berlin, and the pull brought it: the early answer no longer fits.
    const m = await ossiach();
    await t.db.updateTable('municipalities').set({ country: 'DE', state: 'DE-BE' }).where('id', '=', m.id).execute();
    await d.db.municipalities.put({ ...m, country: 'DE', state: 'DE-BE' });
    expect(await refreshHolidays(d.db, counted, now, stale)).toBe(true);
    expect(asked).toHaveLength(3);
    const y = now.getUTCFullYear();
    const womensDay = (await holidaysBetween(d.db, `${y}-03-08`, `${y}-03-08`)).filter(
      (h) => h.municipalityId === m.id,
    );
    expect(womensDay.map((h) => h.date)).toEqual([`${y}-03-08`]);
  });
});

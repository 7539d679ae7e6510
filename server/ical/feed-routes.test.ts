import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newFeedSchema } from '../../shared/ical/schemas';
import { toAssignment } from '../assignments/fields';
import { assignmentUpdate, personOf } from '../testing/assignment-pushes';
import { pushDevice, pushOne } from '../testing/people-pushes';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';
import { uidOf } from './feed';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const DAY = 86_400_000;

async function newFeed(cookie: string): Promise<string> {
  const res = await t.request('/api/account/ical', { method: 'POST', cookie });
  expect(res.status).toBe(200);
  return newFeedSchema.parse(await res.json()).path;
}

type Parsed = { calendar: ICAL.Component; events: Map<string, ICAL.Event> };

async function fetchFeed(path: string): Promise<Parsed> {
  const res = await t.request(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  const events = new Map(
    calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), new ICAL.Event(v)]),
  );
  return { calendar, events };
}

async function assignmentsOf(email: string) {
  const personId = await personOf(t, email);
  const rows = await t.db.selectFrom('assignments').selectAll().where('personId', '=', personId).execute();
  return rows.map(toAssignment);
}

const coordinator = async () => pushDevice(await t.login(t.logins.coordinator));

describe('iCal feed', () => {
  it("holds exactly the person's assignments of the last year on, with a VTIMEZONE and refresh hints", async () => {
    const path = await newFeed(await t.login(t.logins.technician));
    const { calendar, events } = await fetchFeed(path);
    const since = new Date(TEST_NOW.getTime() - 365 * DAY).toISOString();
    const own = (await assignmentsOf(t.logins.technician)).filter(
      (a) => a.plannedEnd >= since && a.status !== 'cancelled',
    );
    expect(own.length).toBeGreaterThan(0);
    expect([...events.keys()].sort()).toEqual(own.map((a) => uidOf(a.id)).sort());
    const zone = calendar.getFirstSubcomponent('vtimezone');
    const { timeZone } = await t.db
      .selectFrom('associations')
      .select('timeZone')
      .where('id', '=', t.associationId!)
      .executeTakeFirstOrThrow();
    expect(zone?.getFirstPropertyValue('tzid')).toBe(timeZone);
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT4H');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT4H');
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    const first = events.get(uidOf(own[0]!.id))!;
    expect(first.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(timeZone);
    expect(first.startDate.toJSDate().toISOString()).toBe(new Date(own[0]!.plannedStart).toISOString());
  });

  it('keeps the UID of a moved assignment and raises SEQUENCE and LAST-MODIFIED', async () => {
    const path = await newFeed(await t.login(t.logins.technician));
    const [row] = (await assignmentsOf(t.logins.technician)).filter((a) => a.plannedStart > TEST_NOW.toISOString());
    const before = (await fetchFeed(path)).events.get(uidOf(row!.id))!;
    t.setNow(new Date(TEST_NOW.getTime() + 60_000));
    const moved = {
      // Thirteen weeks on: the same weekday, past the demo plan, so nothing is double-booked.
      plannedStart: new Date(Date.parse(row!.plannedStart) + 91 * DAY).toISOString(),
      plannedEnd: new Date(Date.parse(row!.plannedEnd) + 91 * DAY).toISOString(),
    };
    const answer = await pushOne(t, await coordinator(), 'assignment.update', assignmentUpdate(row!, moved).args);
    expect(answer, JSON.stringify(answer)).toMatchObject({ status: 'applied' });
    const after = (await fetchFeed(path)).events.get(uidOf(row!.id))!;
    expect(after.sequence).toBeGreaterThan(before.sequence);
    const lastModified = (e: ICAL.Event) =>
      (e.component.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate();
    expect(lastModified(after).getTime()).toBeGreaterThan(lastModified(before).getTime());
    expect(after.startDate.toJSDate().toISOString()).toBe(moved.plannedStart);
  });

  it('keeps a cancelled assignment as STATUS:CANCELLED for 30 days, then drops it', async () => {
    const path = await newFeed(await t.login(t.logins.technician));
    const [row] = (await assignmentsOf(t.logins.technician)).filter((a) => a.plannedStart > TEST_NOW.toISOString());
    const answer = await pushOne(
      t,
      await coordinator(),
      'assignment.update',
      assignmentUpdate(row!, { status: 'cancelled' }).args,
    );
    expect(answer.status).toBe('applied');
    const cancelled = (await fetchFeed(path)).events.get(uidOf(row!.id))!;
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    t.setNow(new Date(TEST_NOW.getTime() + 31 * DAY));
    expect((await fetchFeed(path)).events.has(uidOf(row!.id))).toBe(false);
  });

  it('answers 404 to a revoked, replaced, tampered or malformed token', async () => {
    const cookie = await t.login(t.logins.technician);
    const first = await newFeed(cookie);
    const second = await newFeed(cookie);
    expect((await t.request(first)).status).toBe(404);
    expect((await t.request(second)).status).toBe(200);
    const token = second.slice('/api/ical/'.length, -'.ics'.length);
    const tampered = `/api/ical/${token[0] === 'A' ? 'B' : 'A'}${token.slice(1)}.ics`;
    for (const path of [tampered, '/api/ical/short.ics', `/api/ical/${token}.txt`]) {
      const res = await t.request(path);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'feed_not_found' });
    }
    const revoked = await t.request('/api/account/ical/revoke', { method: 'POST', cookie });
    expect(await revoked.json()).toEqual({ active: false, createdAt: null });
    expect((await t.request(second)).status).toBe(404);
    const status = await t.request('/api/account/ical', { cookie });
    expect(await status.json()).toEqual({ active: false, createdAt: null });
  });

  it('leaves exactly one working link when two are made at once', async () => {
    const cookie = await t.login(t.logins.technician);
    const paths = await Promise.all([newFeed(cookie), newFeed(cookie), newFeed(cookie)]);
    const statuses = await Promise.all(paths.map(async (p) => (await t.request(p)).status));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(2);
  });

  it('stops answering once the person is deactivated', async () => {
    const path = await newFeed(await t.login(t.logins.technician));
    await t.db.updateTable('people').set({ active: 0 }).where('email', '=', t.logins.technician).execute();
    expect((await t.request(path)).status).toBe(404);
  });
});

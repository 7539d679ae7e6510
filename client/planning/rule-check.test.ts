import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/assignments/schema';
import { newId } from '../../shared/ids/ids';
import { instantOf } from '../../shared/time/dates';
import type { LocalDb } from '../db/local-db';
import { freshDbs } from '../testing/fresh-dbs';
import { carinthiaSettings, profileRow } from '../testing/fixtures';
import { planAssignment } from './board-actions';
import { overrideFor, ruleWarningsOf } from './rule-check';

const open = freshDbs('rule-check');
const zone = 'Europe/Vienna';
const now = new Date('2026-12-03T09:00:00Z');
const person = newId();
const fallback = { timeZone: zone, municipalities: [{ country: 'DE' as const }] };
const at = (date: string, hhmm: string) => instantOf(zone, date, hhmm).toISOString();
const planned = (date: string, from: string, to: string, municipalityId = 'm1') => ({
  id: newId(),
  personId: person,
  municipalityId,
  status: 'planned' as const,
  plannedStart: at(date, from),
  plannedEnd: at(date, to),
});
const stored = (p: ReturnType<typeof planned>): Assignment => ({
  ...p,
  rev: 1,
  updatedAt: now.toISOString(),
  siteId: 's1',
  serviceTypeId: 't1',
  task: '',
  workerNotes: '',
});

async function carinthia(db: LocalDb, dateOfBirth: string | null = null) {
  const stamp = now.toISOString();
  await db.associationSettings.put(carinthiaSettings(stamp));
  await db.personProfiles.put(profileRow(person, stamp, { dateOfBirth }));
}

describe('working-time warnings on the planning board', () => {
  it('adds the person’s assignments in other municipalities under the association’s pack', async () => {
    const db = open();
    await carinthia(db);
    await db.assignments.put(stored(planned('2026-12-07', '06:00', '12:00', 'm1')));
    const afternoon = planned('2026-12-07', '12:30', '20:30', 'm2');
    // 13:30 h of work in Carinthia: over the 13 h of § 30 Abs. 1 K-GMG; the German fallback would say § 3 ArbZG.
    const ws = await ruleWarningsOf(db, afternoon, fallback);
    expect(ws.map((w) => w.paragraph)).toContain('§ 30 Abs. 1 K-GMG');
    expect(ws.find((w) => w.paragraph === '§ 30 Abs. 1 K-GMG')?.params).toMatchObject({ municipalities: 2 });
  });

  it('uses the default pack before the settings reach the device, and the profile’s date of birth', async () => {
    const db = open();
    const nineHours = planned('2026-12-07', '08:00', '17:30');
    expect((await ruleWarningsOf(db, nineHours, fallback)).map((w) => w.paragraph)).toEqual(['§ 3 Satz 1 ArbZG']);
    await carinthia(db, '2010-02-01');
    expect((await ruleWarningsOf(db, nineHours, fallback)).map((w) => w.paragraph)).toContain('§ 11 Abs. 1 KJBG');
  });

  it('needs a reason for breaches only, and sends it with the plan', async () => {
    const db = open();
    await carinthia(db);
    const long = planned('2026-12-07', '05:00', '19:00');
    const ws = await ruleWarningsOf(db, long, fallback);
    expect(overrideFor([], '', 'me', now)).toEqual({ override: null });
    expect(overrideFor(ws, '  ', 'me', now)).toEqual({ missing: true });
    const r = overrideFor(ws, ' Wahltag ', 'me', now);
    expect(r).toEqual({
      override: { reason: 'Wahltag', warnings: ['daily_max'], by: 'me', at: now.toISOString() },
    });
    if (!('override' in r)) throw new Error('override expected');
    const { id: _id, status: _status, ...schedule } = long;
    const a = await planAssignment(
      db,
      { ...schedule, siteId: 's1', serviceTypeId: 't1', task: '', ruleOverride: r.override },
      now,
    );
    const [queued] = await db.outbox.toArray();
    expect(queued!.args).toMatchObject({ id: a.id, ruleOverride: { reason: 'Wahltag', warnings: ['daily_max'] } });
  });
});

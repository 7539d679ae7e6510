import { describe, expect, it } from 'vitest';
import { dayWarnings } from '../../shared/time-entries/day-checks';
import { newId } from '../../shared/ids/ids';
import { instantOf } from '../../shared/time/dates';
import { ruleWarningsOf } from '../planning/rule-check';
import { freshDbs } from '../testing/fresh-dbs';
import { carinthiaSettings, profileRow } from '../testing/fixtures';
import { workContextOf } from './work-context';

/**
 * The device feeds its cached public holidays, the closure days and the person's school absences into the
 * same shared context builder as the server (issue 16 point 5), and a worker's own profile decides her
 * minors' pack. A Carinthian association (K-GMG, KJBG for minors); 2027-03-01 is a Monday.
 */
const open = freshDbs('work-context');
const zone = 'Europe/Vienna';
const stamp = '2026-12-03T09:00:00.000Z';
const fallback = { timeZone: zone, municipalities: [{ country: 'AT' as const }] };
const apprentice = newId();

async function carinthia(dateOfBirth: string | null) {
  const db = open();
  await db.associationSettings.put(carinthiaSettings(stamp));
  const profile = profileRow(apprentice, stamp, {
    displayName: 'Jonas',
    email: 'jonas@beispiel.example',
    roles: ['apprentice'],
    dateOfBirth,
    trainingOccupation: 'Verwaltungsassistent',
  });
  await db.personProfiles.put(profile);
  return db;
}

const plan = (date: string, from: string, to: string, municipalityId = 'ossiach') => ({
  id: newId(),
  personId: apprentice,
  municipalityId,
  status: 'planned' as const,
  plannedStart: instantOf(zone, date, from).toISOString(),
  plannedEnd: instantOf(zone, date, to).toISOString(),
});
const paragraphs = (ws: readonly { paragraph: string }[]) => ws.map((w) => w.paragraph);

describe('working-time facts on the device', () => {
  it('warns the board of work on a cached public holiday of the municipality and on a closure of all', async () => {
    const db = await carinthia('2010-05-01');
    expect(await ruleWarningsOf(db, plan('2027-03-29', '08:00', '12:00'), fallback)).toEqual([]);
    await db.publicHolidays.put({ municipalityId: 'ossiach', date: '2027-03-29', name: 'Ostermontag' });
    const holiday = await ruleWarningsOf(db, plan('2027-03-29', '08:00', '12:00'), fallback);
    expect(paragraphs(holiday)).toEqual(['§ 18 Abs. 1 KJBG']);
    expect(await ruleWarningsOf(db, plan('2027-03-29', '08:00', '12:00', 'gnesau'), fallback)).toEqual([]);
    await db.closureDays.put({
      id: newId(),
      rev: 1,
      updatedAt: stamp,
      date: '2027-03-02',
      municipalityId: null,
      part: 'whole',
      name: 'Betriebsausflug',
    });
    expect(paragraphs(await ruleWarningsOf(db, plan('2027-03-02', '08:00', '12:00'), fallback))).toEqual([
      '§ 18 Abs. 1 KJBG',
    ]);
  });

  it('counts the apprentice’s approved school day, whose kind only planners and she herself hold', async () => {
    const db = await carinthia('2010-05-01');
    const id = newId();
    await db.absences.put({
      id,
      rev: 1,
      updatedAt: stamp,
      personId: apprentice,
      from: '2027-03-03',
      to: '2027-03-03',
      startTime: null,
      endTime: null,
      status: 'approved',
      decidedBy: null,
      decidedAt: null,
    });
    // Without the kind (a colleague's device) the absence is no school day.
    expect(await ruleWarningsOf(db, plan('2027-03-03', '14:00', '16:00'), fallback)).toEqual([]);
    await db.absenceDetails.put({ id, rev: 1, updatedAt: stamp, personId: apprentice, kind: 'school', note: '' });
    const ws = await ruleWarningsOf(db, plan('2027-03-03', '14:00', '16:00'), fallback);
    expect(ws).toMatchObject([{ paragraph: '§ 11 Abs. 1 KJBG', params: { netMinutes: 600 } }]);
  });

  it('gives the worker’s time entry form the minors’ limits from her own profile until her 18th birthday', async () => {
    const db = await carinthia('2009-03-10');
    const entry = {
      id: 'e1',
      date: '2027-03-09',
      start: '07:00',
      end: '16:30',
      breakMinutes: 30,
      municipalityId: 'm1',
    };
    const minor = await workContextOf(db, apprentice, entry.date, fallback);
    expect(dayWarnings(entry, [], minor)).toMatchObject([{ code: 'rule', warning: { paragraph: '§ 11 Abs. 1 KJBG' } }]);
    const birthday = { ...entry, date: '2027-03-10' };
    const adult = await workContextOf(db, apprentice, birthday.date, fallback);
    expect(dayWarnings(birthday, [], adult)).toEqual([]);
  });
});

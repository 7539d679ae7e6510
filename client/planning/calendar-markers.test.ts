import { describe, expect, it } from 'vitest';
import type { Absence } from '../../shared/absences/schema';
import { setLang } from '../i18n/i18n';
import { freshDbs } from '../testing/fresh-dbs';
import { municipalityRow } from '../testing/fixtures';
import { groupCells, noFilters } from './board-model';
import { absenceMarkers, closureMarkers, holidayMarkers } from './calendar-markers';
import { markerText } from './marker-text';
import { collectMarkers } from './markers';

const open = freshDbs('calendar-markers');
const range = { from: '2026-12-07', to: '2026-12-13', timeZone: 'Europe/Vienna' };
const stamp = { rev: 1, updatedAt: '2026-11-01T00:00:00.000Z' };
const absence = (id: string, over: Partial<Absence> = {}): Absence => ({
  id,
  ...stamp,
  personId: 'lena',
  from: '2026-12-05',
  to: '2026-12-08',
  startTime: null,
  endTime: null,
  status: 'approved',
  decidedBy: null,
  decidedAt: null,
  ...over,
});

async function seeded() {
  const db = open();
  await db.municipalities.bulkPut([municipalityRow('gnesau', 'Gnesau'), municipalityRow('ossiach', 'Ossiach')]);
  return db;
}

describe('calendar markers of the planning board', () => {
  it('shows a holiday all municipalities share once for everyone, one of some per municipality', async () => {
    const db = await seeded();
    await db.publicHolidays.bulkPut([
      { municipalityId: 'gnesau', date: '2026-12-08', name: 'Mariä Empfängnis' },
      { municipalityId: 'ossiach', date: '2026-12-08', name: 'Mariä Empfängnis' },
      { municipalityId: 'ossiach', date: '2026-12-10', name: 'Ortsfeiertag' },
      { municipalityId: 'ossiach', date: '2026-12-25', name: 'Christtag' },
    ]);
    const markers = await holidayMarkers(db, range);
    expect(markers.map((m) => [m.date, m.personId, m.label, m.municipalityId])).toEqual([
      ['2026-12-08', null, 'Mariä Empfängnis', undefined],
      ['2026-12-10', null, 'Ortsfeiertag · Ossiach', 'ossiach'],
    ]);
    // The municipality filter keeps only its own.
    const cells = groupCells(markers, { ...noFilters, municipalityId: 'gnesau' });
    expect(cells.ofDay('2026-12-10')).toEqual([]);
    expect(cells.ofDay('2026-12-08')).toHaveLength(1);
  });

  it('shows closure days for all or one municipality, whole or half', async () => {
    const db = await seeded();
    await db.closureDays.bulkPut([
      { id: 'c1', ...stamp, date: '2026-12-11', municipalityId: null, part: 'half', name: 'Weihnachtsfeier' },
      { id: 'c2', ...stamp, date: '2026-12-09', municipalityId: 'gnesau', part: 'whole', name: 'Betriebsausflug' },
      { id: 'c3', ...stamp, date: '2026-12-24', municipalityId: null, part: 'half', name: 'Heiligabend' },
    ]);
    const markers = await closureMarkers(db, range);
    expect(markers.map((m) => [m.date, m.part, m.label, m.municipalityId ?? null])).toEqual([
      ['2026-12-09', 'whole', 'Betriebsausflug · Gnesau', 'gnesau'],
      ['2026-12-11', 'half', 'Weihnachtsfeier', null],
    ]);
    await setLang('de');
    expect(markers.map(markerText)).toEqual([
      'Geschlossen: Betriebsausflug · Gnesau',
      'Halbtags geschlossen: Weihnachtsfeier',
    ]);
  });

  it('marks each day of a standing absence in the person’s row, the kind only where the details are here', async () => {
    const db = await seeded();
    await db.absences.bulkPut([
      absence('a1'),
      absence('a2', { personId: 'anna', from: '2026-12-12', to: '2026-12-12', startTime: '12:00', endTime: '17:00' }),
      absence('a3', { personId: 'jonas', from: '2026-12-10', to: '2026-12-10', status: 'requested' }),
      absence('a4', { personId: 'jonas', status: 'declined' }),
      absence('a5', { personId: 'jonas', from: '2026-12-14', to: '2026-12-20' }),
    ]);
    await db.absenceDetails.put({ id: 'a1', ...stamp, personId: 'lena', kind: 'sickness', note: '' });
    const markers = await absenceMarkers(db, range);
    expect(markers.map((m) => [m.personId, m.date])).toEqual([
      ['lena', '2026-12-07'],
      ['lena', '2026-12-08'],
      ['anna', '2026-12-12'],
      ['jonas', '2026-12-10'],
    ]);
    await setLang('de');
    expect(markers.map(markerText)).toEqual([
      'abwesend: Krankenstand',
      'abwesend: Krankenstand',
      'abwesend 12:00–17:00',
      'abwesend (beantragt)',
    ]);
  });

  it('are among the providers the board asks', async () => {
    const db = await seeded();
    await db.publicHolidays.put({ municipalityId: 'gnesau', date: '2026-12-08', name: 'Mariä Empfängnis' });
    await db.closureDays.put({
      id: 'c',
      ...stamp,
      date: '2026-12-09',
      municipalityId: null,
      part: 'whole',
      name: 'Zu',
    });
    await db.absences.put(absence('a'));
    expect(new Set((await collectMarkers(db, range)).map((m) => m.kind))).toEqual(
      new Set(['holiday', 'closure', 'absence']),
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { ProblemRecord } from '../db/local-db';
import { setLang } from '../i18n/i18n';
import type { Lookups } from '../masterdata/lookups';
import { mayRetry, problemText } from './problem-actions';

const refused: ProblemRecord = {
  mutationId: 7,
  table: 'timeEntries',
  rowId: 'e1',
  name: 'timeEntry.create',
  args: {
    id: 'e1',
    date: '2026-03-12',
    start: '08:00',
    end: '12:00',
    breakMinutes: 0,
    municipalityId: 'm1',
    siteId: null,
    serviceTypeId: 's1',
    assignmentId: null,
    note: 'Drucker im Sekretariat',
    state: 'draft',
  },
  code: 'forbidden',
  message: 'You may not log hours',
  at: '2026-03-12T12:00:00.000Z',
};

const lookups = {
  municipality: (id: string | null | undefined) => (id === 'm1' ? { name: 'Himmelberg' } : undefined),
  site: () => undefined,
  serviceType: (id: string | null | undefined) => (id === 's1' ? { name: 'IT-Schulsupport' } : undefined),
} as unknown as Lookups;

describe('refused changes', () => {
  it('offers sending again only to people whose role still allows that kind of change', () => {
    expect(mayRetry({ roles: ['staff'] }, refused)).toBe(true);
    expect(mayRetry({ roles: ['municipality_contact'] }, refused)).toBe(false);
    expect(mayRetry({ roles: ['municipality_contact'] }, { table: 'assignments' })).toBe(false);
    expect(mayRetry({ roles: ['coordinator'] }, { table: 'assignments' })).toBe(true);
  });

  it('gives the change as readable lines to copy before discarding it', async () => {
    await setLang('de');
    const text = problemText(refused, lookups);
    expect(text).toContain('Beginn: 08:00');
    expect(text).toContain('Gemeinde: Himmelberg');
    expect(text).toContain('Drucker im Sekretariat');
  });
});

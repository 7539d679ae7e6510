import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { differsInForm, draftOf, editsSince, emptyValues, entryIssues, valuesOf } from './entry-values';

const now = new Date('2025-11-20T10:00:00Z');
const TZ = 'Europe/Vienna';
const codes = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path}:${i.code}`);

describe('entryIssues', () => {
  it('asks for every required field of an empty form', () => {
    expect(codes(entryIssues({ ...emptyValues('2025-11-20'), breakMinutes: '' }, now, TZ))).toEqual([
      'start:required',
      'end:required',
      'breakMinutes:required',
      'municipalityId:requiredChoice',
      'serviceTypeId:requiredChoice',
    ]);
  });

  it('reports end before start even while the selects are still empty', () => {
    const issues = entryIssues({ ...emptyValues('2025-11-20'), start: '10:00', end: '09:30' }, now, TZ);
    expect(codes(issues)).toContain('end:end_before_start');
  });

  it('reports a break longer than the work and a date far ahead', () => {
    const v = {
      ...emptyValues('2025-12-20'),
      start: '08:00',
      end: '09:00',
      breakMinutes: '60',
      municipalityId: newId(),
      serviceTypeId: newId(),
    };
    expect(codes(entryIssues(v, now, TZ))).toEqual(['breakMinutes:break_too_long', 'date:date_in_future']);
  });

  it('accepts a complete entry and turns empty optionals into null', () => {
    const v = {
      ...emptyValues('2025-11-20'),
      start: '08:00',
      end: '12:00',
      breakMinutes: '15',
      municipalityId: newId(),
      serviceTypeId: newId(),
    };
    expect(entryIssues(v, now, TZ)).toEqual([]);
    expect(draftOf(v)).toMatchObject({ breakMinutes: 15, siteId: null, assignmentId: null });
  });
});

describe('editsSince', () => {
  const started = {
    date: '2025-11-20',
    start: '08:00',
    end: '12:00',
    breakMinutes: 15,
    municipalityId: newId(),
    siteId: null,
    serviceTypeId: newId(),
    assignmentId: null,
    note: 'Drucker',
  };

  it('is what the person changed in the form, nothing the form merely shows', () => {
    const untouched = draftOf(valuesOf(started));
    expect(editsSince(started, untouched)).toEqual({});
    const site = newId();
    expect(
      editsSince(started, { ...untouched, start: '08:30', siteId: site, note: 'Drucker im Lehrerzimmer' }),
    ).toEqual({ start: '08:30', siteId: site, note: 'Drucker im Lehrerzimmer' });
  });

  it('tells whether a newer version differs in anything the form shows', () => {
    expect(differsInForm(started, { ...started })).toBe(false);
    expect(differsInForm(started, { ...started, note: 'anders' })).toBe(true);
    expect(differsInForm(started, { ...started, breakMinutes: 30 })).toBe(true);
  });
});

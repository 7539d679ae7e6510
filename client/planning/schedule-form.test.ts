import { describe, expect, it } from 'vitest';
import type { Site } from '../../shared/masterdata/schemas';
import { emptyForm, scheduleOf } from './schedule-form';

const site = { id: 's1', municipalityId: 'm1', name: 'Rathaus' } as Site;

describe('scheduleOf', () => {
  it('turns wall-clock times in the association’s zone into instants, with the site’s municipality', () => {
    const r = scheduleOf(
      { ...emptyForm('p1', '2026-12-07'), siteId: 's1', serviceTypeId: 't1', task: ' Kassa ' },
      [site],
      'Europe/Vienna',
    );
    expect(r).toEqual({
      schedule: {
        personId: 'p1',
        municipalityId: 'm1',
        siteId: 's1',
        serviceTypeId: 't1',
        plannedStart: '2026-12-07T07:00:00.000Z',
        plannedEnd: '2026-12-07T11:00:00.000Z',
        task: 'Kassa',
      },
    });
  });

  it('names the fields to fix', () => {
    expect(scheduleOf({ ...emptyForm('', '2026-12-07'), end: '07:00' }, [site], 'Europe/Vienna')).toEqual({
      errors: { personId: 'required', siteId: 'required', serviceTypeId: 'required', end: 'endBeforeStart' },
    });
  });

  it('refuses a needed skill nobody holds at the skills field, and takes known ones', () => {
    const form = { ...emptyForm('p1', '2026-12-07'), siteId: 's1', serviceTypeId: 't1' };
    const known = ['Kassa', 'Meldeamt'];
    expect(scheduleOf({ ...form, skills: ['Kassa', 'Zauberei'] }, [site], 'Europe/Vienna', known)).toEqual({
      errors: { skills: 'unknownSkill' },
    });
    expect(scheduleOf({ ...form, skills: ['Meldeamt'] }, [site], 'Europe/Vienna', known)).toHaveProperty('schedule');
  });
});

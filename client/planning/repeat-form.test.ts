import { describe, expect, it } from 'vitest';
import type { Site } from '../../shared/masterdata/schemas';
import { isoWeekday, repeatOff, seriesOfForm } from './repeat-form';
import { emptyForm } from './schedule-form';

const M = '01900000-0000-7000-8000-000000000001';
const SITE = { id: '01900000-0000-7000-8000-000000000003', municipalityId: M } as Site;
const form = {
  ...emptyForm('01900000-0000-7000-8000-000000000002', '2027-01-05'),
  siteId: SITE.id,
  serviceTypeId: '01900000-0000-7000-8000-000000000004',
  task: '  Sprechstunde ',
};

describe('the board form as a series', () => {
  it('starts off with the date’s own weekday ticked', () => {
    expect(isoWeekday('2027-01-05')).toBe(2);
    expect(isoWeekday('2027-01-10')).toBe(7);
    expect(repeatOff('2027-01-05')).toEqual({ on: false, weekdays: [2], interval: '1', until: '' });
  });

  it('makes a series from the form: its date the first day, the site’s municipality, sorted weekdays', () => {
    const r = seriesOfForm(form, { on: true, weekdays: [4, 2], interval: '2', until: '2027-06-29' }, [SITE]);
    expect(r).toEqual({
      series: {
        personId: form.personId,
        municipalityId: M,
        siteId: SITE.id,
        serviceTypeId: form.serviceTypeId,
        weekdays: [2, 4],
        interval: 2,
        startTime: '08:00',
        endTime: '12:00',
        startDate: '2027-01-05',
        endDate: '2027-06-29',
        task: 'Sprechstunde',
      },
    });
  });

  it('requires weekdays and an end, at most five years on, and an interval of 1 to 8', () => {
    expect(seriesOfForm(form, { on: true, weekdays: [], interval: '1', until: '' }, [SITE])).toEqual({
      errors: { weekdays: 'required', until: 'required' },
    });
    expect(seriesOfForm(form, { on: true, weekdays: [2], interval: '1', until: '2032-01-05' }, [SITE])).toEqual({
      errors: { until: 'series_end' },
    });
    expect(seriesOfForm(form, { on: true, weekdays: [2], interval: '1', until: '2026-12-01' }, [SITE])).toEqual({
      errors: { until: 'series_end' },
    });
    for (const interval of ['0', '9', '1.5', ''])
      expect(seriesOfForm(form, { on: true, weekdays: [2], interval, until: '2027-02-01' }, [SITE])).toEqual({
        errors: { interval: 'interval' },
      });
  });
});

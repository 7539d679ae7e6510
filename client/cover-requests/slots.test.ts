import { describe, expect, it } from 'vitest';
import { dayOf, slotsOf } from './slots';

describe('cover slots', () => {
  it('turns a day and times in the association zone into instants and back', () => {
    const [slot] = slotsOf([{ date: '2026-11-23', from: '08:00', to: '12:00' }], 'Europe/Vienna');
    expect(slot).toEqual({ start: '2026-11-23T07:00:00.000Z', end: '2026-11-23T11:00:00.000Z' });
    expect(dayOf(slot!, 'Europe/Vienna')).toEqual({ date: '2026-11-23', from: '08:00', to: '12:00' });
  });

  it('leaves a day not filled in empty rather than failing', () => {
    expect(slotsOf([{ date: '', from: '08:00', to: '12:00' }], 'Europe/Vienna')).toEqual([{ start: '', end: '' }]);
  });

  it('follows the daylight-saving change of the zone', () => {
    const [summer] = slotsOf([{ date: '2026-07-01', from: '08:00', to: '12:00' }], 'Europe/Vienna');
    expect(summer?.start).toBe('2026-07-01T06:00:00.000Z');
  });
});

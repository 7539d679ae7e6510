import { describe, expect, it } from 'vitest';
import { checkForm } from './form-check';

const valid = {
  municipalityId: 'm',
  siteId: 's',
  serviceTypeId: 't',
  skills: [],
  slots: [{ start: '2026-11-23T07:00:00.000Z', end: '2026-11-23T11:00:00.000Z' }],
  urgency: 'normal' as const,
  note: '',
};

describe('checkForm', () => {
  it('accepts a complete request', () => {
    expect(checkForm(valid)).toEqual([]);
  });
  it('names each missing choice', () => {
    expect(checkForm({ ...valid, siteId: '', serviceTypeId: '' }).map((e) => e.field)).toEqual([
      'siteId',
      'serviceTypeId',
    ]);
  });
  it('names the end of the day that ends before it starts', () => {
    const slots = [valid.slots[0]!, { start: '2026-11-24T11:00:00.000Z', end: '2026-11-24T07:00:00.000Z' }];
    expect(checkForm({ ...valid, slots })).toEqual([{ field: 'slots.1.end', problem: 'endBeforeStart' }]);
  });
  it('asks for a day that is not filled in', () => {
    expect(checkForm({ ...valid, slots: [{ start: '', end: '' }] })).toEqual([
      { field: 'slots.0.date', problem: 'required' },
    ]);
  });
});

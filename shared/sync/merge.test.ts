import { describe, expect, it } from 'vitest';
import { threeWayMerge } from './merge';

const server = { start: '08:00', end: '12:00', note: 'Server' };

describe('threeWayMerge', () => {
  it('applies fields the server still holds at their base value', () => {
    const r = threeWayMerge(server, { end: '12:00' }, { end: '13:00' });
    expect(r.merged.end).toBe('13:00');
    expect(r.conflicts).toEqual([]);
    expect(r.changedFields).toEqual(['end']);
  });
  it('reports a conflict when the same field moved on the server', () => {
    const r = threeWayMerge(server, { note: 'Old' }, { note: 'Mine' });
    expect(r.conflicts).toEqual(['note']);
    expect(r.merged.note).toBe('Server');
  });
  it('treats an identical concurrent edit as no conflict', () => {
    const r = threeWayMerge(server, { note: 'Old' }, { note: 'Server' });
    expect(r.conflicts).toEqual([]);
    expect(r.changedFields).toEqual([]);
  });
  it('needs a base to apply a field: a change without base is a conflict', () => {
    expect(threeWayMerge(server, {}, { start: '09:00' }).conflicts).toEqual(['start']);
  });
});

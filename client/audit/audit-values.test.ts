import { describe, expect, it } from 'vitest';
import { valueLines, valueText, type ValueWords } from './audit-values';

const words: ValueWords = {
  label: (f) => ({ note: 'Notiz', personId: 'Person' })[f],
  nameOf: (id) => (id === 'p-1' ? 'Anna Gruber' : undefined),
  yes: 'Ja',
  no: 'Nein',
  none: '–',
};

describe('audit values', () => {
  it('shows names for known ids, yes/no, lists and a dash for nothing', () => {
    expect(valueText('p-1', words)).toBe('Anna Gruber');
    expect(valueText('p-2', words)).toBe('p-2');
    expect(valueText(true, words)).toBe('Ja');
    expect(valueText(['admin', 'staff'], words)).toBe('admin, staff');
    expect(valueText(null, words)).toBe('–');
    expect(valueText('', words)).toBe('–');
    expect(valueText(15, words)).toBe('15');
  });

  it('labels the fields of an update, a create and a delete', () => {
    expect(valueLines({ before: { note: 'a' }, after: { note: 'b' } }, words)).toEqual([
      { field: 'note', label: 'Notiz', before: 'a', after: 'b' },
    ]);
    expect(valueLines({ before: null, after: { personId: 'p-1', breakMinutes: 0 } }, words)).toEqual([
      { field: 'personId', label: 'Person', before: '', after: 'Anna Gruber' },
      { field: 'breakMinutes', label: 'breakMinutes', before: '', after: '0' },
    ]);
    expect(valueLines({ before: { note: 'x' }, after: null }, words)).toEqual([
      { field: 'note', label: 'Notiz', before: 'x', after: '' },
    ]);
  });
});

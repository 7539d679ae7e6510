import { describe, expect, it } from 'vitest';
import { personRedaction } from './redaction';

describe('personRedaction', () => {
  const replace = personRedaction(
    { displayName: 'Lena Hofer', email: 'lena.hofer@demo.example' },
    { displayName: 'Gelöschte Person 4F2A', email: 'erased+x@invalid' },
  );

  it('swaps name and e-mail for the pseudonym at any depth, any letter case of the e-mail', () => {
    expect(
      replace({
        displayName: 'Lena Hofer',
        email: 'Lena.Hofer@demo.example',
        notes: ['Vertretung für Lena Hofer'],
        nested: { by: 'lena.hofer@demo.example' },
      }),
    ).toEqual({
      displayName: 'Gelöschte Person 4F2A',
      email: 'erased+x@invalid',
      notes: ['Vertretung für Gelöschte Person 4F2A'],
      nested: { by: 'erased+x@invalid' },
    });
  });

  it('leaves values that do not name the person as they are', () => {
    const value = { name: 'Anna Steiner', minutes: 30, active: true, none: null };
    expect(replace(value)).toEqual(value);
  });
});

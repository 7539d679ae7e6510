import { describe, expect, it } from 'vitest';
import type { PersonProfile } from '../../shared/people/schema';
import { changesSince, emptyValues, profileFrom, valuesOf } from './person-values';

const id = '0193a5c0-0000-7000-8000-000000000001';
const today = '2026-11-18';
const base: PersonProfile = {
  id,
  rev: 3,
  updatedAt: '2026-11-18T09:00:00Z',
  displayName: 'Lena Hofer',
  email: 'lena@demo.example',
  roles: ['staff'],
  skills: ['WLAN'],
  municipalityId: null,
  employingBody: '',
  weeklyTargetMinutes: 38.5 * 60,
  activeFrom: null,
  activeTo: null,
  dateOfBirth: null,
  trainingOccupation: '',
  trainingFrom: null,
  trainingTo: null,
};

describe('profileFrom', () => {
  it('turns the typed values into a profile: hours with a comma, skills split, empty dates null', () => {
    const r = profileFrom(
      id,
      {
        ...emptyValues,
        displayName: ' Anna ',
        email: 'Anna@X.example',
        skills: 'Meldeamt, Kassa,,Meldeamt',
        weeklyHours: '38,5',
      },
      today,
      [],
    );
    expect(r.issues).toEqual([]);
    expect(r.input).toMatchObject({
      displayName: 'Anna',
      email: 'anna@x.example',
      skills: ['Meldeamt', 'Kassa'],
      weeklyTargetMinutes: 2310,
      activeFrom: null,
    });
  });

  it('names each field at fault, the rules across fields included', () => {
    const r = profileFrom(
      id,
      {
        ...emptyValues,
        displayName: '',
        email: 'kein-at',
        weeklyHours: '61',
        activeFrom: '2026-02-01',
        activeTo: '2026-01-01',
        dateOfBirth: '2027-01-01',
      },
      today,
      [],
    );
    expect(r.issues.map((i) => i.path).sort()).toEqual(
      ['activeTo', 'dateOfBirth', 'displayName', 'email', 'weeklyTargetMinutes'].sort(),
    );
  });

  it("refuses an e-mail another person on the device has, but keeps the person's own", () => {
    const other = { ...base, id: 'someone-else' };
    expect(
      profileFrom(id, { ...emptyValues, displayName: 'A', email: 'LENA@demo.example' }, today, [other]).issues,
    ).toMatchObject([{ path: 'email', code: 'email_taken' }]);
    expect(profileFrom(id, valuesOf(base), today, [base]).issues).toEqual([]);
  });
});

describe('changesSince', () => {
  it('sends only the fields that differ', () => {
    const { input } = profileFrom(id, { ...valuesOf(base), employingBody: 'Zweckverband' }, today, []);
    expect(changesSince(base, input!)).toEqual({ employingBody: 'Zweckverband' });
  });
});

import { describe, expect, it } from 'vitest';
import { checkProfile } from './rules';
import { personProfileEditableFields } from './schema';

const none = {
  activeFrom: null,
  activeTo: null,
  dateOfBirth: null,
  trainingFrom: null,
  trainingTo: null,
  roles: ['staff' as const],
  municipalityId: null,
};

describe('checkProfile', () => {
  it('accepts an open profile and equal from/to dates', () => {
    expect(checkProfile(none, '2026-11-18')).toEqual([]);
    expect(checkProfile({ ...none, activeFrom: '2026-01-01', activeTo: '2026-01-01' }, '2026-11-18')).toEqual([]);
  });

  it('names the field of each broken rule', () => {
    const issues = checkProfile(
      {
        activeFrom: '2026-02-01',
        activeTo: '2026-01-31',
        dateOfBirth: '2026-11-19',
        trainingFrom: '2026-09-01',
        trainingTo: '2025-08-31',
        roles: ['municipality_contact'],
        municipalityId: null,
      },
      '2026-11-18',
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['activeTo', 'active_to_before_from'],
      ['trainingTo', 'training_to_before_from'],
      ['dateOfBirth', 'birth_in_future'],
      ['municipalityId', 'municipality_required'],
    ]);
  });

  it('a birthday today is not in the future', () => {
    expect(checkProfile({ ...none, dateOfBirth: '2026-11-18' }, '2026-11-18')).toEqual([]);
  });
});

describe('profile fields', () => {
  it('stores e-mail addresses in lower case, as login compares them', () => {
    expect(personProfileEditableFields.email.parse('Anna.Muster@Beispiel.DE')).toBe('anna.muster@beispiel.de');
  });

  it('refuses unknown roles and weekly targets over 60 hours', () => {
    expect(personProfileEditableFields.roles.safeParse(['staff', 'boss']).success).toBe(false);
    expect(personProfileEditableFields.weeklyTargetMinutes.safeParse(60 * 60 + 1).success).toBe(false);
    expect(personProfileEditableFields.weeklyTargetMinutes.safeParse(40 * 60).success).toBe(true);
  });
});

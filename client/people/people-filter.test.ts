import { describe, expect, it } from 'vitest';
import type { PersonProfile } from '../../shared/people/schema';
import { anyPerson, emailTakenLocally, filterPeople, indexPeople, skillsOf } from './people-filter';

const person = (over: Partial<PersonProfile>): PersonProfile => ({
  id: over.displayName ?? 'x',
  rev: 1,
  updatedAt: '2026-11-18T09:00:00Z',
  displayName: 'X',
  email: 'x@beispiel.example',
  roles: ['staff'],
  skills: [],
  municipalityId: null,
  employingBody: '',
  weeklyTargetMinutes: 0,
  activeFrom: null,
  activeTo: null,
  dateOfBirth: null,
  trainingOccupation: '',
  trainingFrom: null,
  trainingTo: null,
  ...over,
});

const people = indexPeople([
  person({ displayName: 'Lena Hofer', email: 'lena.hofer@demo.example', skills: ['WLAN', 'Drucker'] }),
  person({ displayName: 'Ämilia Özdemir', email: 'oe@demo.example', roles: ['apprentice'], skills: ['Meldeamt'] }),
  person({ displayName: 'Anna Steiner', email: 'anna@demo.example', skills: ['Meldeamt'] }),
  person({
    displayName: 'Gerda Kraus',
    email: 'kontakt@glanegg.example',
    roles: ['municipality_contact'],
    municipalityId: 'm1',
  }),
]);
const names = (r: { shown: PersonProfile[] }) => r.shown.map((p) => p.displayName);

describe('filterPeople', () => {
  it('lists everyone sorted by name as German sorts it (Ä with A)', () => {
    expect(names(filterPeople(people, anyPerson, 50))).toEqual([
      'Ämilia Özdemir',
      'Anna Steiner',
      'Gerda Kraus',
      'Lena Hofer',
    ]);
  });

  it('finds by parts of name or e-mail in any order, ignoring case and accents', () => {
    expect(names(filterPeople(people, { ...anyPerson, text: 'hofer LE' }, 50))).toEqual(['Lena Hofer']);
    expect(names(filterPeople(people, { ...anyPerson, text: 'ozdem' }, 50))).toEqual(['Ämilia Özdemir']);
    expect(names(filterPeople(people, { ...anyPerson, text: 'glanegg' }, 50))).toEqual(['Gerda Kraus']);
    expect(filterPeople(people, { ...anyPerson, text: 'niemand' }, 50)).toEqual({ shown: [], total: 0 });
  });

  it('filters by role, municipality and skill, combined with the text', () => {
    expect(names(filterPeople(people, { ...anyPerson, role: 'apprentice' }, 50))).toEqual(['Ämilia Özdemir']);
    expect(names(filterPeople(people, { ...anyPerson, municipalityId: 'm1' }, 50))).toEqual(['Gerda Kraus']);
    expect(names(filterPeople(people, { ...anyPerson, skill: 'meldeamt' }, 50))).toEqual([
      'Ämilia Özdemir',
      'Anna Steiner',
    ]);
    expect(names(filterPeople(people, { ...anyPerson, skill: 'Meldeamt', text: 'anna' }, 50))).toEqual([
      'Anna Steiner',
    ]);
  });

  it('draws at most the limit but counts every match', () => {
    const r = filterPeople(people, anyPerson, 2);
    expect(names(r)).toEqual(['Ämilia Özdemir', 'Anna Steiner']);
    expect(r.total).toBe(4);
  });
});

describe('helpers', () => {
  it('lists each skill once, sorted', () => {
    expect(skillsOf(people.map((p) => p.profile))).toEqual(['Drucker', 'Meldeamt', 'WLAN']);
  });

  it("knows another person's e-mail on the device, in any case, but not the person's own", () => {
    const all = people.map((p) => p.profile);
    expect(emailTakenLocally(all, ' Anna@Demo.example ', undefined)).toBe(true);
    expect(emailTakenLocally(all, 'anna@demo.example', 'Anna Steiner')).toBe(false);
    expect(emailTakenLocally(all, 'neu@demo.example', undefined)).toBe(false);
  });
});

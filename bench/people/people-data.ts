import type { Role } from '../../shared/capabilities/capabilities';
import type { Municipality } from '../../shared/masterdata/schemas';
import type { PersonProfile } from '../../shared/people/schema';

const first = ['Anna', 'Lena', 'Jonas', 'Thomas', 'Katharina', 'Markus', 'Sabine', 'Jürgen', 'Eva', 'Stefan', 'Julia'];
const last = ['Hofer', 'Steiner', 'Kofler', 'Wieser', 'Moser', 'Gruber', 'Huber', 'Wallner', 'Pichler', 'Köfer'];
const skills = ['Meldeamt', 'Bürgerbüro', 'Kassa', 'WLAN', 'Drucker', 'Archiv', 'Lohnverrechnung', 'Schul-IT'];
const roleSets: Role[][] = [['staff'], ['staff'], ['staff', 'mentor'], ['apprentice'], ['municipality_contact']];
const towns = ['Feldkirchen', 'Albeck', 'Glanegg', 'Gnesau', 'Himmelberg', 'Ossiach', 'Reichenau', 'Steuerberg'];

const uuid = (n: number) => `0193a5c0-0000-7000-8000-${String(n).padStart(12, '0')}`;

export const benchMunicipalities: Municipality[] = towns.map((name, i) => ({
  id: uuid(900_000 + i),
  rev: 1,
  updatedAt: '2026-11-18T09:00:00.000Z',
  name,
  country: 'AT',
  state: 'AT-2',
  street: '',
  postalCode: '',
  city: name,
  costCentre: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
}));

/** `n` invented people, the same every run: names, roles, skills and municipalities spread evenly. */
export function benchProfiles(n: number): PersonProfile[] {
  return Array.from({ length: n }, (_, i) => {
    const name = `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]} ${i}`;
    const roles = roleSets[i % roleSets.length]!;
    return {
      id: uuid(i + 1),
      rev: i + 1,
      updatedAt: '2026-11-18T09:00:00.000Z',
      displayName: name,
      email: `person${i}@verband.example`,
      roles,
      skills: [skills[i % skills.length]!, skills[(i * 7) % skills.length]!],
      municipalityId: roles.includes('municipality_contact') ? benchMunicipalities[i % towns.length]!.id : null,
      employingBody: 'Gemeindeverband',
      weeklyTargetMinutes: 2400,
      activeFrom: '2026-01-01',
      activeTo: null,
      dateOfBirth: null,
      trainingOccupation: '',
      trainingFrom: null,
      trainingTo: null,
    };
  });
}

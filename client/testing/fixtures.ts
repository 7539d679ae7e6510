import type { SessionUser } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';
import type { AssociationSettings } from '../../shared/masterdata/association-settings';
import type { Municipality } from '../../shared/masterdata/schemas';
import type { PersonProfile } from '../../shared/people/schema';

/** A staff member of a fresh association, for client tests that need no server. */
export const staffUser = (): SessionUser => ({
  id: newId(),
  associationId: newId(),
  associationName: 'Test',
  timeZone: 'Europe/Vienna',
  email: 'a@example.org',
  displayName: 'A',
  roles: ['staff'],
  capabilities: ['time.log-own'],
});

/** The administrator of such an association. */
export const adminUser = (): SessionUser => ({
  ...staffUser(),
  roles: ['admin'],
  capabilities: ['association.manage'],
});

/** A municipality in Carinthia with nothing but its name, as the device holds it. */
export const municipalityRow = (id: string, name: string): Municipality =>
  ({
    id,
    rev: 1,
    updatedAt: '2026-11-01T00:00:00.000Z',
    name,
    country: 'AT',
    state: 'AT-2',
    ...Object.fromEntries(
      ['street', 'postalCode', 'city', 'costCentre', 'contactName', 'contactEmail', 'contactPhone'].map((k) => [k, '']),
    ),
  }) as Municipality;

/** What a time entry form sends, for one hour on 18 November 2026 at a municipality nobody named. */
export const entryInput = () => ({
  date: '2026-11-18',
  start: '08:00',
  end: '09:00',
  breakMinutes: 0,
  municipalityId: newId(),
  siteId: null,
  serviceTypeId: newId(),
  assignmentId: null,
  note: 'x',
});

/** A Carinthian association's settings (K-GMG, Vienna time), as the device holds them. */
export const carinthiaSettings = (updatedAt: string): AssociationSettings => ({
  id: 'assoc',
  rev: 1,
  updatedAt,
  name: 'Verband',
  country: 'AT',
  state: 'AT-2',
  timeZone: 'Europe/Vienna',
  lawPack: 'AT-K-GMG',
  approvalPeriod: 'month',
  accessibilityContact: '',
});

/** A person's profile with a 40-hour week and no dates, as the device holds it; `more` sets the rest. */
export const profileRow = (id: string, updatedAt: string, more: Partial<PersonProfile> = {}): PersonProfile => ({
  id,
  rev: 1,
  updatedAt,
  displayName: 'Lena',
  email: 'lena@beispiel.example',
  roles: ['staff'],
  skills: [],
  municipalityId: null,
  employingBody: '',
  weeklyTargetMinutes: 2400,
  activeFrom: null,
  activeTo: null,
  dateOfBirth: null,
  trainingOccupation: '',
  trainingFrom: null,
  trainingTo: null,
  ...more,
});

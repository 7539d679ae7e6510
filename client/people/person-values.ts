import { type Role, roles } from '../../shared/capabilities/capabilities';
import { type Issue, issuesFromZod } from '../../shared/errors/errors';
import { checkProfile } from '../../shared/people/rules';
import { type PersonProfile, type PersonProfileInput, personProfileInputSchema } from '../../shared/people/schema';
import { emailTakenLocally } from './people-filter';

/** The form's values as the inputs hold them (text), turned into a profile on saving. */
export type PersonValues = {
  displayName: string;
  email: string;
  roles: Role[];
  skills: string;
  municipalityId: string;
  employingBody: string;
  weeklyHours: string;
  activeFrom: string;
  activeTo: string;
  dateOfBirth: string;
  trainingOccupation: string;
  trainingFrom: string;
  trainingTo: string;
};

export const emptyValues: PersonValues = {
  displayName: '',
  email: '',
  roles: ['staff'],
  skills: '',
  municipalityId: '',
  employingBody: '',
  weeklyHours: '40',
  activeFrom: '',
  activeTo: '',
  dateOfBirth: '',
  trainingOccupation: '',
  trainingFrom: '',
  trainingTo: '',
};

const hoursText = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100).replace('.', ',');

export function valuesOf(p: PersonProfile): PersonValues {
  return {
    displayName: p.displayName,
    email: p.email,
    roles: roles.filter((r) => p.roles.includes(r)),
    skills: p.skills.join(', '),
    municipalityId: p.municipalityId ?? '',
    employingBody: p.employingBody,
    weeklyHours: hoursText(p.weeklyTargetMinutes),
    activeFrom: p.activeFrom ?? '',
    activeTo: p.activeTo ?? '',
    dateOfBirth: p.dateOfBirth ?? '',
    trainingOccupation: p.trainingOccupation,
    trainingFrom: p.trainingFrom ?? '',
    trainingTo: p.trainingTo ?? '',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** Hours as typed, with comma or point; NaN when it is no number. */
const minutesOf = (hours: string): number => {
  const h = hours.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(h) ? Math.round(Number(h) * 60) : Number.NaN;
};

/**
 * The profile the values describe, or the issues that stop it: the field schemas and rules the server
 * checks (shared), and an e-mail that someone on this device has already. Paths name form fields.
 */
export function profileFrom(
  id: string,
  v: PersonValues,
  today: string,
  others: readonly PersonProfile[],
): { input: PersonProfileInput; issues: [] } | { input: null; issues: Issue[] } {
  const raw = {
    id,
    displayName: v.displayName,
    email: v.email.trim(),
    roles: v.roles,
    skills: [
      ...new Set(
        v.skills
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ],
    municipalityId: v.municipalityId || null,
    employingBody: v.employingBody.trim(),
    weeklyTargetMinutes: minutesOf(v.weeklyHours),
    activeFrom: orNull(v.activeFrom),
    activeTo: orNull(v.activeTo),
    dateOfBirth: orNull(v.dateOfBirth),
    trainingOccupation: v.trainingOccupation.trim(),
    trainingFrom: orNull(v.trainingFrom),
    trainingTo: orNull(v.trainingTo),
  };
  const parsed = personProfileInputSchema.safeParse(raw);
  const issues = parsed.success ? [] : issuesFromZod(parsed.error).map((i) => ({ ...i, path: i.path.split('.')[0]! }));
  issues.push(...checkProfile(raw, today).filter((i) => !issues.some((j) => j.path === i.path)));
  if (!issues.some((i) => i.path === 'email') && emailTakenLocally(others, raw.email, id))
    issues.push({ path: 'email', code: 'email_taken', message: 'taken' });
  if (!parsed.success || issues.length > 0) return { input: null, issues: dedupe(issues) };
  return { input: parsed.data, issues: [] };
}

const dedupe = (issues: Issue[]): Issue[] => issues.filter((i, n) => issues.findIndex((j) => j.path === i.path) === n);

/** The fields whose values differ from the profile as it was: an update sends only these. */
export function changesSince(before: PersonProfile, after: PersonProfileInput): Partial<PersonProfileInput> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) {
    if (k !== 'id' && JSON.stringify(before[k as keyof PersonProfile]) !== JSON.stringify(v)) out[k] = v;
  }
  return out as Partial<PersonProfileInput>;
}

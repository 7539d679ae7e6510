import type { Role } from '../../shared/capabilities/capabilities';
import type { PersonProfile } from '../../shared/people/schema';

/** What the list asks for; empty strings mean "any". */
export type PeopleQuery = { text: string; role: Role | ''; municipalityId: string; skill: string };
export const anyPerson: PeopleQuery = { text: '', role: '', municipalityId: '', skill: '' };

/** A profile with its search text made once, so a keystroke compares strings and nothing else. */
export type IndexedPerson = { profile: PersonProfile; text: string };

/** Lower case without accents: "Jürgen" is found by "jurgen" and "JÜR" alike. */
export const folded = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const collator = new Intl.Collator('de', { sensitivity: 'base' });

/** Sorted by name once per change of the people; every search then filters the sorted list. */
export function indexPeople(profiles: readonly PersonProfile[]): IndexedPerson[] {
  return [...profiles]
    .sort((a, b) => collator.compare(a.displayName, b.displayName))
    .map((profile) => ({ profile, text: folded(`${profile.displayName} ${profile.email}`) }));
}

/**
 * The people matching the query, at most `limit` of them (the page draws no more), and how many match
 * in all. Every word typed must occur in name or e-mail, in any order ("hofer lena").
 */
export function filterPeople(
  people: readonly IndexedPerson[],
  q: PeopleQuery,
  limit: number,
): { shown: PersonProfile[]; total: number } {
  const words = folded(q.text).split(/\s+/).filter(Boolean);
  const skill = folded(q.skill.trim());
  const shown: PersonProfile[] = [];
  let total = 0;
  for (const { profile: p, text } of people) {
    if (q.role && !p.roles.includes(q.role)) continue;
    if (q.municipalityId && p.municipalityId !== q.municipalityId) continue;
    if (skill && !p.skills.some((s) => folded(s) === skill)) continue;
    if (!words.every((w) => text.includes(w))) continue;
    total++;
    if (shown.length < limit) shown.push(p);
  }
  return { shown, total };
}

/** Every skill anyone has, for the filter's choices, sorted. */
export function skillsOf(profiles: readonly PersonProfile[]): string[] {
  return [...new Set(profiles.flatMap((p) => p.skills))].sort(collator.compare);
}

/** Another profile on this device with the address: the form says so before the server would. */
export function emailTakenLocally(
  profiles: readonly PersonProfile[],
  email: string,
  ownId: string | undefined,
): boolean {
  const wanted = email.trim().toLowerCase();
  return profiles.some((p) => p.id !== ownId && p.email === wanted);
}

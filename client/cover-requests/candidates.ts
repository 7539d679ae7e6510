import type { CoverRequest } from '../../shared/cover-requests/schema';
import type { Person } from '../../shared/masterdata/schemas';

/** Active people holding every skill the request needs, by name. Ranked candidates with reasons replace this later. */
export const candidatesFor = (request: Pick<CoverRequest, 'skills'>, people: readonly Person[]): Person[] =>
  people
    .filter((p) => p.active && request.skills.every((s) => p.skills.includes(s)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'de'));

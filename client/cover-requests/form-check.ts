import { checkCoverRequest } from '../../shared/cover-requests/states';
import type { NewCoverRequest } from './local-writes';

/** What a form field is wrong with: its key in the form and a text key of texts.ts. */
export type FormError = { field: string; problem: 'required' | 'endBeforeStart' };

/**
 * The checks the server makes that the form can make too (shared/cover-requests/states.ts): required
 * choices, and each day's end after its start. Site, skills and municipality are chosen from lists the
 * device holds, so they cannot name something unknown.
 */
export function checkForm(r: NewCoverRequest): FormError[] {
  const errors: FormError[] = [];
  for (const field of ['municipalityId', 'siteId', 'serviceTypeId'] as const)
    if (r[field] === '') errors.push({ field, problem: 'required' });
  r.slots.forEach((s, i) => {
    if (Number.isNaN(Date.parse(s.start)) || Number.isNaN(Date.parse(s.end)))
      errors.push({ field: `slots.${i}.date`, problem: 'required' });
  });
  const dated = r.slots.every((s) => !Number.isNaN(Date.parse(s.start)) && !Number.isNaN(Date.parse(s.end)));
  if (dated)
    for (const issue of checkCoverRequest({ ...r, state: 'open', coveredBy: null, assignmentIds: [] }))
      if (issue.code === 'end_before_start') errors.push({ field: issue.path, problem: 'endBeforeStart' });
  return errors;
}

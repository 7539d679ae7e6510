import type { Issue } from '../../shared/errors/errors';
import { type PublishOpenShift, publishOpenShiftSchema } from '../../shared/open-shifts/schema';
import { instantOf } from '../../shared/time/dates';

/** The publish form as it holds its values: a date and two times in the association's zone. */
export type PublishValues = {
  municipalityId: string;
  siteId: string;
  serviceTypeId: string;
  date: string;
  start: string;
  end: string;
  task: string;
  skills: string[];
  needsConfirmation: boolean;
};

/** A form field's problem; `code` is a key of planner-texts.ts after `issue.`. */
export type FieldIssue = {
  path: keyof PublishValues;
  code: 'required' | 'endBeforeStart' | 'tooLong' | 'invalid' | 'missing_skill';
};

const REQUIRED = ['municipalityId', 'siteId', 'serviceTypeId', 'date', 'start', 'end'] as const;
// The schema speaks of instants; the form of a date and two times.
const FIELD_OF: Record<string, keyof PublishValues> = { plannedStart: 'start', plannedEnd: 'end' };

const codeOf = (zodCode: string): FieldIssue['code'] =>
  zodCode === 'custom' ? 'endBeforeStart' : zodCode === 'too_big' ? 'tooLong' : 'invalid';

/** Server issues (or the schema's) in the form's words: the field they name and a code it knows. */
export function formIssues(issues: readonly Issue[]): FieldIssue[] {
  return issues.map((i) => {
    const head = i.path.split('.')[0] ?? '';
    const path = FIELD_OF[head] ?? (head as keyof PublishValues);
    return { path, code: i.code === 'missing_skill' ? 'missing_skill' : codeOf(i.code) };
  });
}

/**
 * The form's values as what `POST /api/open-shifts` takes, checked with the same shared schema the server
 * uses; `id` is made by the device, so a retried publish is recognised.
 */
export function checkPublish(
  id: string,
  v: PublishValues,
  timeZone: string,
): { input: PublishOpenShift; issues: [] } | { input: null; issues: FieldIssue[] } {
  const missing: FieldIssue[] = REQUIRED.filter((f) => v[f].trim() === '').map((path) => ({ path, code: 'required' }));
  if (missing.length > 0) return { input: null, issues: missing };
  const when = (hhmm: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(v.date) && /^\d{2}:\d{2}$/.test(hhmm)
      ? instantOf(timeZone, v.date, hhmm).toISOString()
      : '';
  const parsed = publishOpenShiftSchema.safeParse({
    id,
    municipalityId: v.municipalityId,
    siteId: v.siteId,
    serviceTypeId: v.serviceTypeId,
    plannedStart: when(v.start),
    plannedEnd: when(v.end),
    task: v.task.trim(),
    skills: v.skills,
    needsConfirmation: v.needsConfirmation,
  });
  if (parsed.success) return { input: parsed.data, issues: [] };
  const issues = formIssues(parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: '' })));
  return { input: null, issues };
}

import type { Issue } from '../../shared/errors/errors';
import { checkTimeEntry } from '../../shared/time-entries/rules';
import type { TimeEntry } from '../../shared/time-entries/schema';
import { dateIn } from '../../shared/time/dates';
import { type MessageKey, t } from '../i18n/i18n';
import { type NewTimeEntry, validateEntry } from './local-writes';

/** What the form holds: everything as text, exactly as the inputs give it. */
export type EntryFormValues = {
  date: string;
  start: string;
  end: string;
  breakMinutes: string;
  municipalityId: string;
  siteId: string;
  serviceTypeId: string;
  assignmentId: string;
  note: string;
};
export type EntryField = keyof EntryFormValues;
export type EntryDraft = Omit<NewTimeEntry, 'state'>;

export const emptyValues = (date: string): EntryFormValues => ({
  date,
  start: '',
  end: '',
  breakMinutes: '0',
  municipalityId: '',
  siteId: '',
  serviceTypeId: '',
  assignmentId: '',
  note: '',
});

export function valuesOf(e: EntryDraft): EntryFormValues {
  return {
    date: e.date,
    start: e.start,
    end: e.end,
    breakMinutes: String(e.breakMinutes),
    municipalityId: e.municipalityId,
    siteId: e.siteId ?? '',
    serviceTypeId: e.serviceTypeId,
    assignmentId: e.assignmentId ?? '',
    note: e.note,
  };
}

export function draftOf(v: EntryFormValues): EntryDraft {
  return {
    date: v.date,
    start: v.start,
    end: v.end,
    breakMinutes: v.breakMinutes.trim() === '' ? Number.NaN : Number(v.breakMinutes),
    municipalityId: v.municipalityId,
    siteId: v.siteId || null,
    serviceTypeId: v.serviceTypeId,
    assignmentId: v.assignmentId || null,
    note: v.note,
  };
}

/**
 * What the person changed in the form: the fields of `draft` that differ from the entry the form
 * started with. Saving only these keeps what another device changed meanwhile in the fields she
 * did not touch, instead of writing the form's older values back over them.
 */
export function editsSince(started: EntryDraft, draft: EntryDraft): Partial<EntryDraft> {
  const before = draftOf(valuesOf(started));
  return Object.fromEntries(
    (Object.keys(draft) as (keyof EntryDraft)[]).filter((k) => draft[k] !== before[k]).map((k) => [k, draft[k]]),
  );
}

/** Whether two versions of an entry differ in anything the form shows. */
export const differsInForm = (a: EntryDraft, b: EntryDraft): boolean =>
  Object.keys(editsSince(a, draftOf(valuesOf(b)))).length > 0;

const required: [EntryField, string][] = [
  ['date', 'required'],
  ['start', 'required'],
  ['end', 'required'],
  ['breakMinutes', 'required'],
  ['municipalityId', 'requiredChoice'],
  ['serviceTypeId', 'requiredChoice'],
];

/**
 * Empty fields first (clearer than a format error), then the shared rules; one issue per field.
 * The time rules run even while a select is still empty, so "end before start" shows at once.
 */
export function entryIssues(
  v: EntryFormValues,
  now: Date,
  timeZone: string,
  state: TimeEntry['state'] = 'draft',
): Issue[] {
  const issues: Issue[] = required
    .filter(([f]) => v[f].trim() === '')
    .map(([path, code]) => ({ path, code, message: '' }));
  const seen = new Set(issues.map((i) => i.path));
  const draft = draftOf(v);
  const schemaIssues = validateEntry({ ...draft, state }, now, timeZone);
  const timesReadable = !schemaIssues.some((i) => ['date', 'start', 'end', 'breakMinutes'].includes(i.path));
  const ruleIssues =
    timesReadable && !seen.has('start') && !seen.has('end') ? checkTimeEntry(draft, dateIn(timeZone, now)) : [];
  for (const issue of [...schemaIssues, ...ruleIssues]) {
    if (seen.has(issue.path)) continue;
    seen.add(issue.path);
    issues.push(issue);
  }
  return issues;
}

const known: Record<string, MessageKey> = {
  end_before_start: 'issue.end_before_start',
  break_too_long: 'issue.break_too_long',
  date_in_future: 'issue.date_in_future',
  entry_locked: 'issue.entry_locked',
  required: 'issue.required',
  requiredChoice: 'issue.requiredChoice',
  unknown_reference: 'issue.unknownChoice',
  too_big: 'issue.tooBig',
  too_small: 'issue.tooSmall',
};

/** Issues are translated by code; schema codes without their own text read "invalid value". */
export const issueText = (issue: Issue): string => t(known[issue.code] ?? 'issue.invalid');

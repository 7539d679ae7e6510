import type { Issue } from '../../shared/errors/errors';
import type { RuleCode } from '../../shared/working-time/types';
import { ApiError, OfflineError } from '../api/http';
import { formatDayShort } from '../i18n/i18n';
import { ot } from './planner-texts';

/** What a refused confirm asks for: working-time breaches the coordinator must give a reason for. */
export const reasonWarnings = (err: unknown): Issue[] =>
  err instanceof ApiError && err.code === 'validation_failed'
    ? (err.details ?? []).filter((d) => d.path === 'reason')
    : [];

/** The words for a failed confirm, decline or withdraw, at the shift. */
export function decideErrorText(err: unknown): string {
  if (err instanceof OfflineError) return ot('actionOffline');
  if (err instanceof ApiError && err.code === 'conflict') return ot('notPending');
  if (reasonWarnings(err).length > 0) return ot('reasonNeeded');
  return ot('failed', { code: err instanceof ApiError ? err.code : 'network' });
}

const RULES: readonly RuleCode[] = [
  'daily_max',
  'daily_breaks',
  'work_stretch',
  'shift_span',
  'daily_rest',
  'weekly_max',
  'weekly_rest',
  'night_work',
  'days_per_week',
  'rest_day',
  'school_time',
  'school_morning',
];

/** One breach as the server names it ("§ 32 K-GMG (2026-12-10)", code daily_rest), in the reader's words. */
export function warningLine(w: Issue): string {
  const [, paragraph = w.message, date = ''] = /^(.*) \((\d{4}-\d{2}-\d{2})\)$/.exec(w.message) ?? [];
  const rule = (RULES as readonly string[]).includes(w.code) ? ot(`rule.${w.code as RuleCode}`) : w.code;
  return date ? ot('warningLine', { rule, paragraph, day: formatDayShort(date) }) : `${rule}: ${paragraph}`;
}

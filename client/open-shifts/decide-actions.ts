import type { Issue } from '../../shared/errors/errors';
import { ApiError, OfflineError } from '../api/http';
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

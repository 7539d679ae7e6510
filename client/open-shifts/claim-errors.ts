import { ApiError, OfflineError } from '../api/http';
import { t } from '../i18n/i18n';

/** The words for a refused or failed claim, at the shift's button (the loser learns who was quicker). */
export function claimErrorText(err: unknown): string {
  if (err instanceof OfflineError) return t('open.offline');
  if (!(err instanceof ApiError)) return t('open.failed');
  if (err.code === 'already_taken') {
    const name = err.details?.find((d) => d.path === 'claimedBy')?.message;
    return name ? t('open.taken', { name }) : t('open.withdrawn');
  }
  if (err.code === 'missing_skill') return t('open.missingSkill', { skills: err.details?.[0]?.message ?? '' });
  return err.message || t('open.failed');
}

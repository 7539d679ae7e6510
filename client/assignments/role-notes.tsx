import { type JSX, Show } from 'solid-js';
import { can, type HasRoles } from '../../shared/capabilities/capabilities';
import { useAuthed } from '../auth/authed-context';
import { t } from '../i18n/i18n';
import { canAny, pageNeeds } from '../ui/nav-items';

/** Whether "Heute" lists the person's own assignments; roles without them get RoleNotes instead. */
export const hasOwnWork = (user: HasRoles): boolean => canAny(user, pageNeeds.week);

/**
 * What "Heute" says to roles whose screens come later (contact, mentor): a sentence on what the app
 * will offer them, rather than controls they cannot use.
 */
export function RoleNotes(): JSX.Element {
  const { user } = useAuthed();
  return (
    <>
      <Show when={can(user, 'cover.request') || can(user, 'hours.confirm-municipality')}>
        <p class="notice" data-testid="role-note">
          {t('today.contactIntro')}
        </p>
      </Show>
      <Show when={can(user, 'training.sign')}>
        <p class="notice" data-testid="role-note">
          {t('today.mentorIntro')}
        </p>
      </Show>
      {/* Planners' "Heute" leads to the board and the requests instead (cover-requests/today-entry.tsx). */}
      <Show when={!hasOwnWork(user) && !can(user, 'assignments.plan')}>
        <p class="card-muted">{t('today.noOwnWork')}</p>
      </Show>
    </>
  );
}

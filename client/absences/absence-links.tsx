import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { can } from '../../shared/capabilities/capabilities';
import { useAuthed } from '../auth/authed-context';
import { t } from '../i18n/i18n';

/**
 * The way to the absence pages from "Heute": planners to their planning page, everyone else who may
 * request leave to their own. Small on purpose: it is part of the first screen's download.
 */
export function AbsenceLink(): JSX.Element {
  const { user } = useAuthed();
  const href = () => (can(user, 'assignments.plan') ? '/planung/abwesenheiten' : '/abwesenheiten');
  return (
    <Show when={can(user, 'absences.request-own') || can(user, 'assignments.plan')}>
      <p class="page-footer">
        <A href={href()} data-testid="absence-link">
          {t('absence.link')}
        </A>
      </p>
    </Show>
  );
}

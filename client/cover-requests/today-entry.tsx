import { A } from '@solidjs/router';
import { type JSX, lazy, Show } from 'solid-js';
import { can } from '../../shared/capabilities/capabilities';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { t } from '../i18n/i18n';

// The contact's requests and form load only for contacts: staff's first download stays as it was.
const ContactSection = lazy(() => import('./contact-section').then((m) => ({ default: m.ContactSection })));

/** What "Heute" shows of cover requests: a contact her requests and the form, a planner the way to the open ones. */
export function CoverOnToday(): JSX.Element {
  const { db, user } = useAuthed();
  const planner = can(user, 'assignments.plan');
  const open = createLiveQuery(() => (planner ? db.coverRequests.filter((r) => r.state === 'open').count() : 0), 0);
  return (
    <>
      <Show when={planner}>
        <p class="notice" data-testid="cover-open-link">
          <A href="/planung/anfragen">{t('today.openCoverRequests', { n: open() })}</A>
        </p>
      </Show>
      <Show when={!planner && can(user, 'cover.request')}>
        <ContactSection />
      </Show>
    </>
  );
}

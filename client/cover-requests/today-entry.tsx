import { A } from '@solidjs/router';
import { type JSX, lazy, Show } from 'solid-js';
import { can } from '../../shared/capabilities/capabilities';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { t } from '../i18n/i18n';

// The contact's requests and form load only for contacts: staff's first download stays as it was.
const ContactSection = lazy(() => import('./contact-section').then((m) => ({ default: m.ContactSection })));

/**
 * What "Heute" shows of cover requests: a contact her requests and the form; a planner the way to the open
 * requests (how many, how many urgent) and to the board, so a coordinator's first screen leads to the work.
 */
export function CoverOnToday(): JSX.Element {
  const { db, user } = useAuthed();
  const planner = can(user, 'assignments.plan');
  const open = createLiveQuery(
    async () => {
      if (!planner) return { n: 0, urgent: 0 };
      const rs = await db.coverRequests.filter((r) => r.state === 'open').toArray();
      return { n: rs.length, urgent: rs.filter((r) => r.urgency === 'urgent').length };
    },
    { n: 0, urgent: 0 },
  );
  return (
    <>
      <Show when={planner}>
        <ul class="plain-list today-links" data-testid="planner-start">
          <li class={open().urgent > 0 ? 'notice notice-warn' : 'notice'} data-testid="cover-open-link">
            <A href="/planung/anfragen">
              {open().urgent > 0
                ? t('today.openCoverRequestsUrgent', { n: open().n, urgent: open().urgent })
                : t('today.openCoverRequests', { n: open().n })}
            </A>
          </li>
          <li class="notice" data-testid="board-link">
            <A href="/planung">{t('today.openBoard')}</A>
          </li>
        </ul>
      </Show>
      <Show when={!planner && can(user, 'cover.request')}>
        <ContactSection />
      </Show>
    </>
  );
}

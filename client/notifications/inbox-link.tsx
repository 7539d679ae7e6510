import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { t } from '../i18n/i18n';

/** The header's way to the inbox; the count of unread is part of its name, so screen readers hear it. */
export function InboxLink(): JSX.Element {
  const { db } = useAuthed();
  const unread = createLiveQuery(() => db.notifications.filter((n) => n.readAt === null).count(), 0);
  const name = () =>
    unread() > 0 ? `${t('notify.nav')}, ${t('notify.unread', { count: unread() })}` : t('notify.nav');
  return (
    <A href="/mitteilungen" class="inbox-link" aria-label={name()} data-testid="inbox-link">
      <svg
        viewBox="0 0 24 24"
        width="24"
        height="24"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10 21a2 2 0 0 0 4 0" />
      </svg>
      <Show when={unread() > 0}>
        <span class="inbox-count" aria-hidden="true">
          {unread()}
        </span>
      </Show>
    </A>
  );
}

import { For, type JSX, Show } from 'solid-js';
import { renderNotification } from '../../shared/notifications/render';
import type { Notification } from '../../shared/notifications/schema';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatDateTime, lang, t } from '../i18n/i18n';
import { focusAfter } from '../ui/focus';
import { PageTitle } from '../ui/page-title';
import { markRead } from './local-writes';

/** "Mitteilungen": what happened to the person's assignments and requests, newest first; read offline too. */
export function InboxPage(): JSX.Element {
  const { db, user } = useAuthed();
  const items = createLiveQuery(async () => (await db.notifications.orderBy('createdAt').toArray()).reverse(), []);
  const unread = () => items().filter((n) => n.readAt === null);
  const allRead = async (button: HTMLButtonElement) => {
    const now = new Date().toISOString();
    for (const n of unread()) await markRead(db, n.id, now);
    focusAfter('h1', button);
  };
  return (
    <>
      <PageTitle>{t('notify.title')}</PageTitle>
      <Show
        when={items().length > 0}
        fallback={
          <p class="empty" data-testid="inbox-empty">
            {t('notify.none')}
          </p>
        }
      >
        <Show when={unread().length > 0}>
          <p>
            <button type="button" class="btn" onClick={(e) => void allRead(e.currentTarget)}>
              {t('notify.allRead')}
            </button>
          </p>
        </Show>
        <ul class="plain-list" data-testid="inbox">
          <For each={items()}>{(n) => <Item n={n} timeZone={user.timeZone} />}</For>
        </ul>
      </Show>
    </>
  );
}

function Item(props: { n: Notification; timeZone: string }): JSX.Element {
  const { db } = useAuthed();
  const text = () => renderNotification(props.n.kind, props.n.params, lang());
  const toggle = (button: HTMLButtonElement) => {
    void markRead(db, props.n.id, props.n.readAt === null ? new Date().toISOString() : null);
    focusAfter(button, button);
  };
  return (
    <li class="card" data-testid="notification" data-read={props.n.readAt === null ? 'false' : 'true'}>
      <h2 class="card-title">
        <Show when={props.n.readAt === null}>
          <span class="badge">{t('notify.new')}</span>{' '}
        </Show>
        {text().title}
      </h2>
      <p>{text().body}</p>
      <p class="card-muted">{formatDateTime(props.n.createdAt, props.timeZone)}</p>
      <button type="button" class="btn" onClick={(e) => toggle(e.currentTarget)}>
        {props.n.readAt === null ? t('notify.markRead') : t('notify.markUnread')}
      </button>
    </li>
  );
}

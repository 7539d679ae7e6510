import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { formatDateTime } from '../i18n/i18n';
import { askConfirm } from '../ui/confirm-dialog';
import { endOtherSessions, fetchSessions } from './account-api';
import { at } from './texts';

/** My signed-in devices, this one marked, and a button to sign out the others. */
export function DevicesSection(props: { refresh: number }): JSX.Element {
  const { user } = useAuthed();
  const [sessions, { refetch }] = createResource(
    () => props.refresh,
    () => fetchSessions(),
  );
  const [status, setStatus] = createSignal('');
  const others = () => (sessions() ?? []).filter((s) => !s.current).length;

  const endOthers = async () => {
    // Asked before the action turns busy, so focus returns to this button (askConfirm).
    if (!(await askConfirm(at('endOthersConfirm'), at('endOthers'), true))) return;
    try {
      setStatus(at('endedOthers', { n: await endOtherSessions() }));
      await refetch();
    } catch {
      setStatus(at('failed'));
    }
  };

  return (
    <section aria-labelledby="devices-title" class="card space-top">
      <h2 id="devices-title">{at('devicesHeading')}</h2>
      <p>{at('devicesIntro')}</p>
      <Show when={sessions.error}>
        <p class="notice notice-warn">{at('offline')}</p>
      </Show>
      <ul class="plain-list" data-testid="account-sessions">
        <For each={sessions() ?? []}>
          {(s) => (
            <li data-current={s.current ? 'true' : undefined}>
              <Show when={s.current}>
                <strong>{at('thisDevice')}</strong>
                <br />
              </Show>
              {at('signedInAt', { at: formatDateTime(s.createdAt, user.timeZone) })}
              <br />
              {at('lastSeen', { at: formatDateTime(s.lastSeenAt, user.timeZone) })}
            </li>
          )}
        </For>
      </ul>
      <Show when={sessions() !== undefined && others() === 0}>
        <p>{at('noOthers')}</p>
      </Show>
      <Show when={others() > 0}>
        <button type="button" class="btn btn-block" data-testid="end-others" onClick={() => void endOthers()}>
          {at('endOthers')}
        </button>
      </Show>
      <p role="status" data-testid="devices-status">
        {status()}
      </p>
    </section>
  );
}

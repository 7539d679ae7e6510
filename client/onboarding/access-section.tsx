import { createResource, type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { ActiveSwitch } from './active-switch';
import { InvitePanel } from './invite-panel';
import { personAccess } from './onboarding-api';
import { tx } from './texts';

/**
 * A person's access on their page in the people administration: password state, invitation link
 * (QR and text) and deactivation. E-mail and password state are not synced, so they are asked for.
 */
export function PersonAccessSection(props: { personId: string }): JSX.Element {
  const { user } = useAuthed();
  const [access, { refetch }] = createResource(() => props.personId, personAccess);
  return (
    <section aria-labelledby="person-access-title" class="card">
      <h2 id="person-access-title">{tx('access.pageTitleLoading')}</h2>
      <Show when={!access.error} fallback={<p class="notice notice-warn">{tx('access.loadFailed')}</p>}>
        <Show when={access.latest}>
          {(a) => (
            <>
              <p>
                {tx('access.password')}: {a().hasPassword ? tx('access.passwordSet') : tx('access.passwordNone')}
              </p>
              <InvitePanel access={a()} timeZone={user.timeZone} />
              <ActiveSwitch access={a()} onChanged={() => void refetch()} />
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}

import { createEffect, createResource, type JSX, Match, on, Switch } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { useSync } from '../sync/sync-context';
import { loadAccess } from './access-loader';
import { ActiveSwitch } from './active-switch';
import { InvitePanel } from './invite-panel';
import { personAccess } from './onboarding-api';
import { tx } from './texts';

/**
 * A person's access on their page in the people administration: password state, invitation link
 * (QR and text) and deactivation. E-mail and password state are not synced, so they are asked for;
 * a person the server does not know yet (created here, not sent) is asked for again after each sync.
 */
export function PersonAccessSection(props: { personId: string }): JSX.Element {
  const { user, db } = useAuthed();
  const { status } = useSync();
  const [access, { refetch }] = createResource(
    () => props.personId,
    (id) => loadAccess(db, id, personAccess),
  );
  createEffect(
    on(
      () => status().lastSyncAt,
      () => {
        if (!access.loading && access.latest?.kind !== 'ready') void refetch();
      },
      { defer: true },
    ),
  );
  const ready = () => {
    const a = access.latest;
    return a?.kind === 'ready' ? a.access : undefined;
  };
  return (
    <section aria-labelledby="person-access-title" class="card">
      <h2 id="person-access-title">{tx('access.pageTitleLoading')}</h2>
      <Switch>
        <Match when={access.error}>
          <p class="notice notice-warn">{tx('access.loadFailed')}</p>
        </Match>
        <Match when={ready()}>
          {(a) => (
            <>
              <p>
                {tx('access.password')}: {a().hasPassword ? tx('access.passwordSet') : tx('access.passwordNone')}
              </p>
              <InvitePanel access={a()} timeZone={user.timeZone} />
              <ActiveSwitch access={a()} onChanged={() => void refetch()} />
            </>
          )}
        </Match>
        <Match when={access.latest?.kind === 'unsynced'}>
          <p role="status" class="notice" data-testid="access-unsynced">
            {tx('access.waitingForSync')}
          </p>
        </Match>
        <Match when={access.latest?.kind === 'offline'}>
          <p role="status" class="notice" data-testid="access-offline">
            {tx('access.offlineLoad')}
          </p>
        </Match>
      </Switch>
    </section>
  );
}

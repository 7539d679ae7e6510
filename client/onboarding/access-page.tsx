import { useParams } from '@solidjs/router';
import { createResource, type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { RequireCapability } from '../auth/require-capability';
import { pageNeeds } from '../ui/nav-items';
import { PageTitle } from '../ui/page-title';
import { ActiveSwitch } from './active-switch';
import { InvitePanel } from './invite-panel';
import { personAccess } from './onboarding-api';
import { tx } from './texts';

/**
 * /verwaltung/personen/:id/zugang — a person's access on a page of its own until the person edit page
 * embeds InvitePanel and ActiveSwitch.
 */
export function AccessPage(): JSX.Element {
  return (
    <RequireCapability any={pageNeeds.admin}>
      <Access />
    </RequireCapability>
  );
}

function Access(): JSX.Element {
  const params = useParams<{ id: string }>();
  const { user } = useAuthed();
  const [access, { refetch }] = createResource(() => params.id, personAccess);
  return (
    <>
      <PageTitle>
        {access.latest ? tx('access.pageTitle', { name: access.latest.displayName }) : tx('access.pageTitleLoading')}
      </PageTitle>
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
    </>
  );
}

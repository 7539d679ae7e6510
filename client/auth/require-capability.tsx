import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import type { Capability } from '../../shared/capabilities/capabilities';
import { t } from '../i18n/i18n';
import { canAny } from '../ui/nav-items';
import { PageTitle } from '../ui/page-title';
import { useAuthed } from './authed-context';

/**
 * A page reached by a direct link that the person's role does not include says so plainly,
 * instead of offering a form whose changes the server would refuse at the next sync.
 */
export function RequireCapability(props: { any: readonly Capability[]; children: JSX.Element }): JSX.Element {
  const { user } = useAuthed();
  return (
    <Show
      when={canAny(user, props.any)}
      fallback={
        <>
          <PageTitle>{t('access.title')}</PageTitle>
          <p class="notice notice-warn" data-testid="not-for-role">
            {t('access.notForRole')}
          </p>
          <A href="/">{t('access.toToday')}</A>
        </>
      }
    >
      {props.children}
    </Show>
  );
}

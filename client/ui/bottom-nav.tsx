import { A } from '@solidjs/router';
import { For, type JSX } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { t } from '../i18n/i18n';
import { LineIcon } from './line-icon';
import { navItems } from './nav-items';

/** Up to four destinations, thumb-reachable at the bottom on phones; only those the person can use. */
export function BottomNav(): JSX.Element {
  const { user } = useAuthed();
  return (
    <nav class="bottom-nav" aria-label={t('app.nav')}>
      <For each={navItems(user)}>
        {(item) => (
          <A href={item.href} end={item.end ?? false}>
            <LineIcon path={item.icon} />
            <span class="nav-label">{t(item.label)}</span>
          </A>
        )}
      </For>
    </nav>
  );
}

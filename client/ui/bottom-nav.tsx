import { A } from '@solidjs/router';
import { For, type JSX } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { t } from '../i18n/i18n';
import { navItems } from './nav-items';

const svg = (d: string): JSX.Element => (
  <svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2.2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
  >
    <path d={d} />
  </svg>
);

/** Up to four destinations, thumb-reachable at the bottom on phones; only those the person can use. */
export function BottomNav(): JSX.Element {
  const { user } = useAuthed();
  return (
    <nav class="bottom-nav" aria-label={t('app.nav')}>
      <For each={navItems(user)}>
        {(item) => (
          <A href={item.href} end={item.end ?? false}>
            {svg(item.icon)}
            <span class="nav-label">{t(item.label)}</span>
          </A>
        )}
      </For>
    </nav>
  );
}

import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { t } from '../i18n/i18n';

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

/** Four destinations, thumb-reachable at the bottom on phones. */
export function BottomNav(): JSX.Element {
  return (
    <nav class="bottom-nav" aria-label={t('app.nav')}>
      <A href="/" end>
        {svg('M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z')}
        {t('nav.today')}
      </A>
      <A href="/woche">
        {svg('M4 5h16v15H4zM4 9h16M8 3v4M16 3v4')}
        {t('nav.week')}
      </A>
      <A href="/zeiten">
        {svg('M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2')}
        {t('nav.hours')}
      </A>
      <A href="/sync">
        {svg('M20 11a8 8 0 0 0-14.9-3M4 4v4h4M4 13a8 8 0 0 0 14.9 3M20 20v-4h-4')}
        {t('nav.sync')}
      </A>
    </nav>
  );
}

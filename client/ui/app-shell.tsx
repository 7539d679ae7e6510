import { A } from '@solidjs/router';
import { type JSX, onMount, Suspense } from 'solid-js';
import { LogoutButton } from '../auth/logout-button';
import { LangSwitch } from '../i18n/lang-switch';
import { t } from '../i18n/i18n';
import { InboxLink } from '../notifications/inbox-link';
import { SyncIndicator } from '../sync/sync-indicator';
import { BottomNav } from './bottom-nav';
import { coversViewport } from './chrome-size';

/** The frame of every signed-in page: header with sync state, main content, navigation. */
export function AppShell(props: { children: JSX.Element }): JSX.Element {
  let header: HTMLElement | undefined;
  onMount(() => {
    const nav = document.querySelector<HTMLElement>('.bottom-nav');
    if (header) coversViewport(header, 'top');
    if (nav) coversViewport(nav, 'bottom');
  });
  return (
    <>
      <header class="app-header" ref={header}>
        <div class="header-row">
          <A href="/" class="brand">
            {t('app.name')}
          </A>
          <InboxLink />
          <LangSwitch />
          <LogoutButton />
        </div>
        <SyncIndicator />
      </header>
      <BottomNav />
      <main id="main" tabindex="-1">
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>{props.children}</Suspense>
      </main>
    </>
  );
}

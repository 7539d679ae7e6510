import { createEffect, type JSX, onMount } from 'solid-js';
import { t } from '../i18n/i18n';
import { claimPageFocus } from './focus';

/**
 * The one h1 of a page: it names the browser tab (screen readers announce it on navigation) and takes
 * keyboard focus after a route change (focus.ts), so every page gets both by using it.
 */
export function PageTitle(props: { children: string }): JSX.Element {
  let h1: HTMLHeadingElement | undefined;
  createEffect(() => {
    document.title = `${props.children} – ${t('app.name')}`;
  });
  // After the frame, so the route change that opened this page has been noted (route-focus.tsx).
  onMount(() => requestAnimationFrame(() => h1 && claimPageFocus(h1)));
  return (
    <h1 ref={h1} tabindex="-1" class="page-title">
      {props.children}
    </h1>
  );
}

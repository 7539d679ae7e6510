import { type JSX, onMount } from 'solid-js';
import { t } from '../i18n/i18n';
import { focusElement } from './focus';

/**
 * "Zum Inhalt springen" moves focus into main, not just the address (the router ignores #main). It stays
 * a real link to #main, so it still works as one where the handler does not run.
 */
export function SkipLink(): JSX.Element {
  let link: HTMLAnchorElement | undefined;
  onMount(() =>
    link?.addEventListener('click', (e) => {
      const main = document.getElementById('main');
      if (!main) return;
      e.preventDefault();
      focusElement(main);
    }),
  );
  return (
    <a ref={link} class="skip-link" href="#main">
      {t('app.skip')}
    </a>
  );
}

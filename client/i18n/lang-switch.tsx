import type { JSX } from 'solid-js';
import { announce } from '../ui/announce';
import { lang, setLang, t } from './i18n';

/**
 * Names the other language in that language, so people who cannot read the current one find it.
 * The accessible name starts with the visible "EN"/"DE", so voice control ("tap EN") finds it (WCAG 2.5.3).
 */
export function LangSwitch(props: { class?: string }): JSX.Element {
  return (
    <button
      type="button"
      class={props.class ?? 'header-btn'}
      lang={lang() === 'de' ? 'en' : 'de'}
      aria-label={t('app.switchLangLabel')}
      onClick={() => {
        const next = lang() === 'de' ? 'en' : 'de';
        // English is fetched on first use; the service worker has it, so this fails only on a first visit offline.
        setLang(next).catch(() => announce(t('app.langUnavailable')));
      }}
    >
      {lang() === 'de' ? 'EN' : 'DE'}
    </button>
  );
}

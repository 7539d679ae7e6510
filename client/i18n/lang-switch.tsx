import type { JSX } from 'solid-js';
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
      onClick={() => setLang(lang() === 'de' ? 'en' : 'de')}
    >
      {lang() === 'de' ? 'EN' : 'DE'}
    </button>
  );
}

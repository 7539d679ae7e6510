import type { JSX } from 'solid-js';
import { lang, setLang, t } from './i18n';

/** Names the other language in that language, so people who cannot read the current one find it. */
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

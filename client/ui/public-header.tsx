import type { JSX } from 'solid-js';
import { t } from '../i18n/i18n';
import { LangSwitch } from '../i18n/lang-switch';

/** The header of pages readable without an account (login, accessibility statement). */
export function PublicHeader(): JSX.Element {
  return (
    <header class="app-header login-header">
      <div class="header-row">
        <span class="brand">{t('app.name')}</span>
        <LangSwitch />
      </div>
    </header>
  );
}

import { createEffect, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';

/** The one h1 of a page; it also names the browser tab, which screen readers announce on navigation. */
export function PageTitle(props: { children: string }): JSX.Element {
  createEffect(() => {
    document.title = `${props.children} – ${t('app.name')}`;
  });
  return <h1>{props.children}</h1>;
}

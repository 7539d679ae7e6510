import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { addDays } from '../../shared/time/dates';
import { formatDate, formatDayShort, isoWeek, t } from '../i18n/i18n';

/** Previous / next week as links, so the browser's back button walks the weeks too. */
export function WeekNav(props: { path: string; monday: string; thisMonday: string }): JSX.Element {
  const href = (monday: string) => `${props.path}?woche=${monday}`;
  return (
    <>
      <div class="week-nav">
        <A class="btn" href={href(addDays(props.monday, -7))} aria-label={t('week.prev')}>
          <span aria-hidden="true">‹</span>
        </A>
        <p>
          {t('week.heading', {
            week: isoWeek(props.monday),
            from: formatDayShort(props.monday),
            to: formatDate(addDays(props.monday, 6)),
          })}
        </p>
        <A class="btn" href={href(addDays(props.monday, 7))} aria-label={t('week.next')}>
          <span aria-hidden="true">›</span>
        </A>
      </div>
      <Show when={props.monday !== props.thisMonday}>
        <p>
          <A href={props.path}>{t('week.current')}</A>
        </p>
      </Show>
    </>
  );
}

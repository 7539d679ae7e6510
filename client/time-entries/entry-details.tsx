import { type JSX, Show } from 'solid-js';
import { netMinutes } from '../../shared/time-entries/rules';
import type { TimeEntry } from '../../shared/time-entries/schema';
import { useAuthed } from '../auth/authed-context';
import { formatDayLong, formatHours, t } from '../i18n/i18n';

/** A read-only entry, for submitted ones. */
export function EntryDetails(props: { entry: TimeEntry }): JSX.Element {
  const { lookups } = useAuthed();
  const e = () => props.entry;
  return (
    <dl class="details card">
      <dt>{t('entry.date')}</dt>
      <dd>{formatDayLong(e().date)}</dd>
      <dt>{t('assignment.time')}</dt>
      <dd>
        {e().start}–{e().end}
      </dd>
      <dt>{t('entry.break')}</dt>
      <dd>{e().breakMinutes}</dd>
      <dt>{t('hours.dayTotal')}</dt>
      <dd>{t('hours.net', { hours: formatHours(netMinutes(e())) })}</dd>
      <dt>{t('entry.municipality')}</dt>
      <dd>{lookups.municipality(e().municipalityId)?.name ?? t('app.unknown')}</dd>
      <Show when={lookups.site(e().siteId)}>
        {(s) => (
          <>
            <dt>{t('assignment.site')}</dt>
            <dd>{s().name}</dd>
          </>
        )}
      </Show>
      <dt>{t('entry.serviceType')}</dt>
      <dd>{lookups.serviceType(e().serviceTypeId)?.name ?? t('app.unknown')}</dd>
      <Show when={e().note}>
        <dt>{t('entry.note')}</dt>
        <dd>{e().note}</dd>
      </Show>
    </dl>
  );
}

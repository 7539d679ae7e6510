import { For, type JSX, Show } from 'solid-js';
import { associationCountry, type DayWarning, dayWarnings } from '../../shared/time-entries/day-checks';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatHours, t } from '../i18n/i18n';
import { draftOf, type EntryFormValues } from './entry-values';

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

function text(w: DayWarning): string {
  if (w.code === 'overlap') return t('entry.warnOverlap', { span: `${w.start}–${w.end}` });
  return t('entry.warnDailyMax', { hours: formatHours(w.netMinutes), limit: formatHours(w.limitMinutes) });
}

/**
 * Overlaps with the person's other entries that day and a day over the daily maximum, shown while she
 * types. A warning, not an error: saving stays possible, since a day is often corrected later.
 * The region is always there (so screen readers hear it change) and the time fields point at it.
 */
export function DayWarnings(props: {
  id: string;
  values: EntryFormValues;
  /** The entry being edited, left out of its own day; none for a new entry. */
  entryId: string | undefined;
  /** Whether date, times and break are valid; otherwise there is nothing sound to compare. */
  timesOk: boolean;
}): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const day = createLiveQuery(
    () => {
      const date = props.values.date;
      return isDate(date) ? db.timeEntries.between(user.id, date, date) : [];
    },
    [],
    () => props.values.date,
  );
  const warnings = () =>
    props.timesOk
      ? dayWarnings(
          { ...draftOf(props.values), id: props.entryId ?? '' },
          day(),
          associationCountry(lookups.municipalities()),
        )
      : [];
  return (
    <div id={props.id} role="status" data-testid="entry-day-warnings">
      <Show when={warnings().length > 0}>
        <div class="notice notice-warn">
          <p class="flush-top">
            <strong>{t('entry.warnTitle')}</strong>
          </p>
          <ul class="warn-list">
            <For each={warnings()}>{(w) => <li>{text(w)}</li>}</For>
          </ul>
        </div>
      </Show>
    </div>
  );
}

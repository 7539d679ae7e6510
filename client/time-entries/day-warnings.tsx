import { For, type JSX, Show } from 'solid-js';
import { type DayWarning, dayWarnings } from '../../shared/time-entries/day-checks';
import { addDays, weekDates } from '../../shared/time/dates';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { t } from '../i18n/i18n';
import { warningText } from '../working-time/warning-texts';
import { workContextOf } from '../working-time/work-context';
import { draftOf, type EntryFormValues } from './entry-values';

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

function text(w: DayWarning): string {
  if (w.code === 'overlap') return t('entry.warnOverlap', { span: `${w.start}–${w.end}` });
  return warningText(w.warning);
}

/**
 * Overlaps with the person's other entries that day and what the entry breaks of the working-time rules
 * (the week around it is read for the weekly and rest rules), shown while she types. A warning, not an
 * error: saving stays possible, since a day is often corrected later. The region is always there (so
 * screen readers hear it change) and the time fields point at it.
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
  const around = createLiveQuery(
    async () => {
      const date = props.values.date;
      if (!isDate(date)) return null;
      const week = weekDates(date);
      const fallback = { timeZone: user.timeZone, municipalities: lookups.municipalities() };
      const [entries, ctx] = await Promise.all([
        db.timeEntries.between(user.id, addDays(week[0]!, -1), addDays(week[6]!, 1)),
        workContextOf(db, user.id, date, fallback),
      ]);
      return { entries, ctx };
    },
    null,
    () => props.values.date,
  );
  const warnings = () => {
    const known = around();
    return props.timesOk && known
      ? dayWarnings({ ...draftOf(props.values), id: props.entryId ?? '' }, known.entries, known.ctx)
      : [];
  };
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

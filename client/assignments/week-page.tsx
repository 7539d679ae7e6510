import { For, type JSX, Show } from 'solid-js';
import { weekDates } from '../../shared/time/dates';
import { RequireCapability } from '../auth/require-capability';
import { pageNeeds } from '../ui/nav-items';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatDayLong, t } from '../i18n/i18n';
import { PageTitle } from '../ui/page-title';
import { createWeekParam } from '../ui/week-param';
import { WeekNav } from '../ui/week-nav';
import { AssignmentCard } from './assignment-card';
import { assignmentDate, myAssignments } from './queries';

/** Guarded here, not in app.tsx: a direct link by someone whose role lacks it gets a clear message. */
export function WeekPage(): JSX.Element {
  return (
    <RequireCapability any={pageNeeds.week}>
      <Week />
    </RequireCapability>
  );
}

function Week(): JSX.Element {
  const { db, user } = useAuthed();
  const { monday, thisMonday } = createWeekParam(user.timeZone);
  const mine = createLiveQuery(() => myAssignments(db, user.id), undefined);
  const days = () => {
    const dates = weekDates(monday());
    const rows = mine() ?? [];
    return dates.map((date) => ({ date, items: rows.filter((a) => assignmentDate(a, user.timeZone) === date) }));
  };
  const total = () => days().reduce((n, d) => n + d.items.length, 0);
  return (
    <>
      <PageTitle>{t('week.title')}</PageTitle>
      <WeekNav path="/woche" monday={monday()} thisMonday={thisMonday()} />
      <Show when={mine()} fallback={<p role="status">{t('app.loading')}</p>}>
        <Show when={total() > 0} fallback={<p class="empty">{t('week.empty')}</p>}>
          <For each={days()}>
            {(day) => (
              <section aria-labelledby={`day-${day.date}`}>
                <h2 class="day-heading" id={`day-${day.date}`}>
                  {formatDayLong(day.date)}
                </h2>
                <Show when={day.items.length > 0} fallback={<p class="card-muted">{t('week.dayEmpty')}</p>}>
                  <ul class="plain-list">
                    <For each={day.items}>{(a) => <AssignmentCard assignment={a} />}</For>
                  </ul>
                </Show>
              </section>
            )}
          </For>
        </Show>
      </Show>
    </>
  );
}

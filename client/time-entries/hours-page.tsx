import { A } from '@solidjs/router';
import { createMemo, For, type JSX, Show } from 'solid-js';
import { netMinutes } from '../../shared/time-entries/rules';
import { addDays, weekDates } from '../../shared/time/dates';
import { RequireCapability } from '../auth/require-capability';
import { pageNeeds } from '../ui/nav-items';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatDayLong, formatHours, t } from '../i18n/i18n';
import { PageTitle } from '../ui/page-title';
import { createWeekParam } from '../ui/week-param';
import { WeekNav } from '../ui/week-nav';
import { EntryRow } from './entry-row';
import { TimerCard } from './timer-card';

const total = (rows: { start: string; end: string; breakMinutes: number }[]) =>
  rows.reduce((n, e) => n + netMinutes(e), 0);

/** Guarded here, not in app.tsx: a direct link by someone whose role lacks it gets a clear message. */
export function HoursPage(): JSX.Element {
  return (
    <RequireCapability any={pageNeeds.hours}>
      <Hours />
    </RequireCapability>
  );
}

function Hours(): JSX.Element {
  const { db, user } = useAuthed();
  const { monday, thisMonday } = createWeekParam(user.timeZone);
  const entries = createLiveQuery(
    () => db.timeEntries.between(user.id, monday(), addDays(monday(), 6)),
    undefined,
    monday,
  );
  const unsynced = createLiveQuery(
    async () => new Set((await db.outbox.orderBy('rowId').uniqueKeys()).map(String)),
    new Set<string>(),
  );
  const days = createMemo(() =>
    weekDates(monday())
      .map((date) => ({ date, items: (entries() ?? []).filter((e) => e.date === date) }))
      .filter((d) => d.items.length > 0),
  );

  return (
    <>
      <PageTitle>{t('hours.title')}</PageTitle>
      <TimerCard />
      <p>
        <A href="/zeiten/neu" class="btn btn-primary btn-block" data-testid="new-entry">
          <span aria-hidden="true">+</span> {t('hours.new')}
        </A>
      </p>
      <h2>{t('week.title')}</h2>
      <WeekNav path="/zeiten" monday={monday()} thisMonday={thisMonday()} />
      <Show when={entries()} fallback={<p role="status">{t('app.loading')}</p>}>
        {(rows) => (
          <Show when={rows().length > 0} fallback={<p class="empty">{t('hours.empty')}</p>}>
            <For each={days()}>
              {(day) => (
                <section aria-labelledby={`hours-${day.date}`}>
                  <h3 class="day-heading" id={`hours-${day.date}`}>
                    <span>{formatDayLong(day.date)}</span>
                    <span class="total">
                      {t('hours.dayTotal')} {t('hours.net', { hours: formatHours(total(day.items)) })}
                    </span>
                  </h3>
                  <ul class="plain-list">
                    <For each={day.items}>{(e) => <EntryRow entry={e} unsynced={unsynced().has(e.id)} />}</For>
                  </ul>
                </section>
              )}
            </For>
            <p class="week-total">
              <span>{t('hours.weekTotal')}</span>
              <span>{t('hours.net', { hours: formatHours(total(rows())) })}</span>
            </p>
          </Show>
        )}
      </Show>
    </>
  );
}

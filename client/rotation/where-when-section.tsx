import { createMemo, For, type JSX, Show } from 'solid-js';
import type { Station } from '../../shared/rotation/schema';
import { dateIn } from '../../shared/time/dates';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatDate, formatDayShort } from '../i18n/i18n';
import { createNow } from '../ui/now';
import { currentAndNext, weekPlan } from './where-when';
import { wt } from './where-texts';
import './rotation.css';

/**
 * The apprentice's stations from the device (offline like the rest): where now and next, with address,
 * mentor and start time, and this week's days at the station or at the vocational school.
 */
export function WhereWhenSection(): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const now = createNow(60_000);
  const today = createMemo(() => dateIn(user.timeZone, now()));
  const data = createLiveQuery(async () => {
    const [stations, absences, details, people] = await Promise.all([
      db.rotationStations.where('apprenticeId').equals(user.id).toArray(),
      db.absences.where('personId').equals(user.id).toArray(),
      db.absenceDetails.toArray(),
      db.people.toArray(),
    ]);
    return { stations, absences, details, names: new Map(people.map((p) => [p.id, p.displayName])) };
  }, undefined);
  const stops = () => currentAndNext(data()?.stations ?? [], today());
  const week = () => {
    const d = data();
    return d ? weekPlan(d.stations, d.absences, d.details, user.id, today()) : [];
  };
  const place = (s: Station) => lookups.municipality(s.municipalityId)?.name ?? '';

  const Stop = (props: { label: string; station: Station }): JSX.Element => {
    const s = () => props.station;
    const m = () => lookups.municipality(s().municipalityId);
    const contact = () => [m()?.contactPhone, m()?.contactEmail].filter(Boolean).join(' · ');
    const name = (id: string | null) => (id ? (data()?.names.get(id) ?? '') : '');
    return (
      <li class="card station-card" data-testid="station-stop">
        <p class="card-muted">{props.label}</p>
        <p>
          <strong>{m()?.name}</strong> · {s().department}
        </p>
        <p>{wt('span', { from: formatDate(s().startsOn), to: formatDate(s().endsOn) })}</p>
        <Show when={m()}>
          {(mm) => <p>{[mm().street, `${mm().postalCode} ${mm().city}`.trim()].filter(Boolean).join(', ')}</p>}
        </Show>
        <p>{wt('start', { time: s().startTime })}</p>
        <p>{wt('mentor', { name: name(s().mentorId) })}</p>
        <Show when={s().deputyId}>
          <p>{wt('deputy', { name: name(s().deputyId) })}</p>
        </Show>
        <Show when={contact()}>
          <p>{wt('office', { contact: contact() })}</p>
        </Show>
      </li>
    );
  };

  return (
    <section aria-labelledby="where-when-title" class="space-top" data-testid="where-when">
      <h2 id="where-when-title">{wt('heading')}</h2>
      <Show when={data()}>
        <Show when={stops().current || stops().next} fallback={<p class="empty">{wt('none')}</p>}>
          <ul class="plain-list">
            <Show when={stops().current}>{(s) => <Stop label={wt('current')} station={s()} />}</Show>
            <Show when={stops().next}>{(s) => <Stop label={wt('next')} station={s()} />}</Show>
          </ul>
        </Show>
        <h3>{wt('week')}</h3>
        <ul class="plain-list week-strip" data-testid="station-week">
          <For each={week()}>
            {(d) => (
              <li
                classList={{ 'week-day': true, 'week-day-school': d.school, 'week-day-today': d.date === today() }}
                data-school={d.school ? 'true' : undefined}
              >
                <span>{formatDayShort(d.date)}</span>
                <span>{d.school ? wt('school') : d.station ? place(d.station) : wt('free')}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

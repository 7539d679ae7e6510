import { A, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, type JSX, Show } from 'solid-js';
import { can } from '../../shared/capabilities/capabilities';
import { planFlags } from '../../shared/rotation/flags';
import type { Station } from '../../shared/rotation/schema';
import { dateIn, daysBetween } from '../../shared/time/dates';
import { useAuthed } from '../auth/authed-context';
import { RequireCapability } from '../auth/require-capability';
import { createLiveQuery } from '../db/live';
import { PageTitle } from '../ui/page-title';
import { PlanPanel } from './plan-panel';
import { rt } from './texts';
import { YearGrid, type YearRow } from './year-grid';
import { firstMonday, weeksIn } from './year-model';
import './rotation.css';

/**
 * Coordinators' rotation plans (/planung/ausbildung, `assignments.plan`, its own lazy chunk): every
 * apprentice's year at a glance with flags, and one plan's stations to edit. Saved offline like the board.
 */
export function RotationPage(): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const [params, setParams] = useSearchParams<{ jahr?: string; person?: string }>();
  const year = () => Number(params.jahr) || Number(dateIn(user.timeZone, new Date()).slice(0, 4));
  const data = createLiveQuery(async () => {
    const [people, stations, plans, absences] = await Promise.all([
      db.people.toArray(),
      db.rotationStations.toArray(),
      db.rotationPlans.toArray(),
      db.absences.toArray(),
    ]);
    return { people, stations, plans, absences };
  }, undefined);
  const apprentices = createMemo(() =>
    (data()?.people ?? [])
      .filter((p) => p.active && can(p, 'training.keep-record'))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'de')),
  );
  const rows = createMemo((): YearRow[] => {
    const d = data();
    if (!d) return [];
    return apprentices().map((p) => {
      const stations = d.stations
        .filter((s) => s.apprenticeId === p.id)
        .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
      const areas = d.plans.find((x) => x.apprenticeId === p.id)?.trainingAreas ?? [];
      return { id: p.id, name: p.displayName, stations, flags: planFlags(stations, areas, d.absences) };
    });
  });
  const [editing, setEditing] = createSignal<Station | null>(null);
  const selected = () => params.person ?? null;
  const row = () => rows().find((r) => r.id === selected());
  const municipalityName = (id: string) => lookups.municipality(id)?.name ?? '';
  const choose = (id: string) => {
    setEditing(null);
    setParams({ person: id });
  };
  const openStation = (s: Station) => {
    setParams({ person: s.apprenticeId });
    setEditing(s);
    requestAnimationFrame(() => document.getElementById('station-municipalityId')?.focus());
  };
  const thisWeekColumn = () => {
    const today = dateIn(user.timeZone, new Date());
    const weeks = daysBetween(firstMonday(year()), today) / 7;
    return weeks >= 0 && weeks < weeksIn(year()) ? Math.floor(weeks) + 1 : null;
  };
  const yearHref = (y: number) => `/planung/ausbildung?jahr=${y}${selected() ? `&person=${selected()}` : ''}`;
  return (
    <RequireCapability any={['assignments.plan']}>
      <PageTitle>{rt('title')}</PageTitle>
      <p>{rt('intro')}</p>
      <div class="week-nav">
        <A class="btn" href={yearHref(year() - 1)} aria-label={rt('prevYear')}>
          <span aria-hidden="true">‹</span>
        </A>
        <p>{year()}</p>
        <A class="btn" href={yearHref(year() + 1)} aria-label={rt('nextYear')}>
          <span aria-hidden="true">›</span>
        </A>
      </div>
      <Show when={rows().length > 0} fallback={<p class="empty">{rt('noApprentices')}</p>}>
        <YearGrid
          year={year()}
          rows={rows()}
          municipalityName={municipalityName}
          selected={editing()?.id ?? selected()}
          onPerson={choose}
          onStation={openStation}
          startColumn={thisWeekColumn()}
        />
      </Show>
      <Show when={row()} keyed>
        {(r) => (
          <PlanPanel
            db={db}
            person={apprentices().find((p) => p.id === r.id)!}
            plan={data()?.plans.find((p) => p.apprenticeId === r.id)}
            stations={r.stations}
            flags={r.flags}
            apprentices={apprentices()}
            people={data()?.people ?? []}
            municipalities={lookups.municipalities()}
            editing={editing()}
            setEditing={setEditing}
            municipalityName={municipalityName}
          />
        )}
      </Show>
    </RequireCapability>
  );
}

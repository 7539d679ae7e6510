import { For, type JSX, onMount, Show } from 'solid-js';
import type { PlanFlags } from '../../shared/rotation/flags';
import { stationFlagged } from '../../shared/rotation/flags';
import type { Station } from '../../shared/rotation/schema';
import { formatDate } from '../i18n/i18n';
import { rt } from './texts';
import { blocksOf, monthColumns, weeksIn } from './year-model';

/** Notices of a plan, counted as people read them: each overlap, gap and absence, and missing areas once. */
const flagCount = (f: PlanFlags) =>
  f.overlaps.length + f.gaps.length + f.mentorAway.length + (f.uncovered.length > 0 ? 1 : 0);

export type YearRow = { id: string; name: string; stations: Station[]; flags: PlanFlags };

const monthName = (m: number) =>
  new Intl.DateTimeFormat(document.documentElement.lang || 'de', { month: 'short' }).format(
    new Date(Date.UTC(2027, m - 1, 15)),
  );

/**
 * Apprentices × ISO weeks: each station a button spanning its weeks with the municipality's name,
 * flagged ones marked by colour and by the word in their accessible name (never colour alone).
 */
export function YearGrid(props: {
  year: number;
  rows: YearRow[];
  municipalityName: (id: string) => string;
  selected: string | null;
  onPerson: (id: string) => void;
  onStation: (s: Station) => void;
  /** The week column (1-based) to bring into view first: this week's, in the current year. */
  startColumn: number | null;
}): JSX.Element {
  const weeks = () => weeksIn(props.year);
  let scroller: HTMLElement | undefined;
  // On a phone the year is wider than the screen: start a few weeks before this one, not in January.
  onMount(() => {
    const name = scroller?.querySelector<HTMLElement>('.year-name');
    if (!scroller || !name || props.startColumn === null) return;
    const week = (scroller.scrollWidth - name.offsetWidth) / weeks();
    scroller.scrollLeft = Math.max(0, (props.startColumn - 3) * week);
  });
  return (
    <section ref={scroller} class="year-scroll" aria-label={rt('gridLabel', { year: props.year })} tabindex="0">
      <div class="year-grid" style={{ '--weeks': String(weeks()) }} data-testid="year-grid">
        <div class="year-months" aria-hidden="true">
          <For each={monthColumns(props.year)}>
            {(m) => (
              <span class="year-month" style={{ 'grid-column': `${m.column + 1}` }}>
                {monthName(m.month)}
              </span>
            )}
          </For>
        </div>
        <For each={props.rows}>
          {(row, i) => (
            <div class="year-row" data-testid="year-row">
              <div class="year-name" style={{ 'grid-row': `${i() + 2}` }}>
                <button
                  type="button"
                  class="btn"
                  aria-pressed={props.selected === row.id}
                  onClick={() => props.onPerson(row.id)}
                >
                  {row.name}
                  <Show when={flagCount(row.flags) > 0}>
                    <span class="year-flag-count" aria-hidden="true">
                      {' '}
                      ⚠ {flagCount(row.flags)}
                    </span>
                    <span class="sr-only"> ({rt('flagCount', { n: flagCount(row.flags) })})</span>
                  </Show>
                </button>
              </div>
              <div class="year-empty" style={{ 'grid-row': `${i() + 2}`, 'grid-column': `2 / span ${weeks()}` }} />
              <For each={blocksOf(row.stations, props.year)}>
                {(b) => {
                  const flagged = () => stationFlagged(row.flags, b.station.id);
                  const label = () =>
                    rt('block', {
                      municipality: props.municipalityName(b.station.municipalityId),
                      department: b.station.department,
                      from: formatDate(b.station.startsOn),
                      to: formatDate(b.station.endsOn),
                    }) + (flagged() ? ` (${rt('flagged')})` : '');
                  return (
                    <button
                      type="button"
                      class="year-block"
                      classList={{
                        'year-block-flagged': flagged(),
                        'year-block-selected': props.selected === b.station.id,
                      }}
                      style={{ 'grid-row': `${i() + 2}`, 'grid-column': `${b.column + 1} / span ${b.span}` }}
                      aria-label={label()}
                      title={label()}
                      data-testid="year-block"
                      onClick={() => props.onStation(b.station)}
                    >
                      {flagged() ? '⚠ ' : ''}
                      {props.municipalityName(b.station.municipalityId)}
                    </button>
                  );
                }}
              </For>
            </div>
          )}
        </For>
      </div>
    </section>
  );
}

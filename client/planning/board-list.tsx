import { createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import { weekStart } from '../../shared/time/dates';
import { formatDayLong, formatDayShort } from '../i18n/i18n';
import type { Controller } from './board-controller';
import type { Board } from './board-state';
import { MarkerChip } from './marker-chip';
import { pt } from './texts';
import { WeekTotal } from './week-total';

/** The phone's board: one day at a time, a card per person with big targets. */
export function BoardList(props: { board: Board; ctl: Controller; today: string }): JSX.Element {
  const b = props.board;
  const [chosen, setChosen] = createSignal<string | null>(null);
  // Today when it is on the board, else its first day; a day once chosen stays while it is on the board.
  const day = createMemo(() => {
    const days = b.days();
    const c = chosen();
    if (c && days.includes(c)) return c;
    return days.includes(props.today) ? props.today : days[0]!;
  });
  const cellOf = (name: string) => ({ name, day: formatDayShort(day()) });
  const addText = () => (props.ctl.picking() ? pt('dropHere') : pt('add'));
  const step = (n: number) => {
    const days = b.days();
    const i = days.indexOf(day()) + n;
    if (i >= 0 && i < days.length) setChosen(days[i]!);
  };
  return (
    <div data-testid="board-list">
      <div class="board-day-nav">
        <button
          type="button"
          class="btn"
          aria-label={pt('prevDay')}
          onClick={() => step(-1)}
          disabled={b.days()[0] === day()}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <div class="field">
          <label for="board-day">{pt('day')}</label>
          <select id="board-day" onChange={(e) => setChosen(e.currentTarget.value)}>
            <For each={b.days()}>
              {(d) => (
                <option value={d} selected={d === day()}>
                  {formatDayShort(d)}
                </option>
              )}
            </For>
          </select>
        </div>
        <button
          type="button"
          class="btn"
          aria-label={pt('nextDay')}
          onClick={() => step(1)}
          disabled={b.days().at(-1) === day()}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <h2 class="day-heading" id="board-day-title" tabindex="-1">
        {formatDayLong(day())}
      </h2>
      <For each={b.cells().ofDay(day())}>{(m) => <MarkerChip marker={m} ctl={props.ctl} tabbable />}</For>
      <Show when={b.people().length > 0} fallback={<p class="empty">{pt('noPeople')}</p>}>
        <ul class="plain-list">
          <For each={b.people()}>
            {(person) => (
              <li class="card board-person-card">
                <div class="card-top">
                  <h3 class="board-name">{person.displayName}</h3>
                  <WeekTotal board={b} personId={person.id} week={weekStart(day())} />
                </div>
                <div class="board-person-day">
                  <For each={b.cells().of(person.id, day())}>
                    {(m) => <MarkerChip marker={m} ctl={props.ctl} tabbable />}
                  </For>
                </div>
                <button type="button" class="btn board-add" onClick={() => void props.ctl.cell(person.id, day())}>
                  <Show when={!props.ctl.picking()}>
                    <span aria-hidden="true">+ </span>
                  </Show>
                  {addText()}
                  {/* Whose cell it is, after the visible words (WCAG 2.5.3: the name contains what is seen). */}
                  <span class="sr-only">: {pt('cellLabel', cellOf(person.displayName))}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}

import { type JSX, Show } from 'solid-js';
import { loadOf } from '../../shared/planning/week-totals';
import { formatHours, isoWeek } from '../i18n/i18n';
import type { Board } from './board-state';
import { pt } from './texts';

/** A person's planned hours of one week, against the weekly target where the device knows it. */
export function WeekTotal(props: { board: Board; personId: string; week: string }): JSX.Element {
  const planned = () => props.board.planned()(props.personId, props.week);
  const target = () => props.board.target(props.personId);
  const load = () => {
    const tg = target();
    return tg === null ? 'none' : loadOf(planned(), tg);
  };
  return (
    <span class={`board-total load-${load()}`} data-testid="board-total">
      <span class="sr-only">{pt('weekTotal', { week: isoWeek(props.week) })}: </span>
      <Show when={target()} keyed fallback={pt('totalNoTarget', { planned: formatHours(planned()) })}>
        {(tg) => pt('total', { planned: formatHours(planned()), target: formatHours(tg) })}
      </Show>
    </span>
  );
}

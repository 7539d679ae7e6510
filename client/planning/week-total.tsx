import type { JSX } from 'solid-js';
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
  const text = () => {
    const tg = target();
    const hours = formatHours(planned());
    return tg === null
      ? pt('totalNoTarget', { planned: hours })
      : pt('total', { planned: hours, target: formatHours(tg) });
  };
  return (
    <span class={`board-total load-${load()}`} data-testid="week-total">
      <span class="sr-only">{pt('weekTotal', { week: isoWeek(props.week) })}: </span>
      {text()}
    </span>
  );
}

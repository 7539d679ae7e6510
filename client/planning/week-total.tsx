import type { JSX } from 'solid-js';
import type { Board } from './board-state';
import { type TotalView, totalView } from './grid-rows';

/** A person's planned hours of one week, against the weekly target where the device knows it. */
export function WeekTotal(props: { board: Board; personId: string; week: string }): JSX.Element {
  const view = () =>
    totalView(props.board.planned()(props.personId, props.week), props.board.target(props.personId), props.week);
  return <TotalText view={view()} />;
}

/** The total's text; its week is said to screen readers only (the column head shows it). */
export function TotalText(props: { view: TotalView }): JSX.Element {
  return (
    <span class={`board-total load-${props.view.load}`} data-testid="week-total">
      <span class="sr-only">{props.view.label}: </span>
      {props.view.text}
    </span>
  );
}

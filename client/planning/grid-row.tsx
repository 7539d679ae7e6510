import { createMemo, For, type JSX } from 'solid-js';
import type { Person } from '../../shared/masterdata/schemas';
import type { Controller } from './board-controller';
import { COLUMN_REM, HEAD, PERSON_REM, ROW } from './grid-window';
import type { RowView } from './grid-rows';
import { Chip } from './marker-chip';
import { pt } from './texts';
import { TotalText } from './week-total';

/** A column of the grid: a day of a person, or the week's total after each Sunday. */
export type Column = { kind: 'day' | 'total'; date: string; day: number; week: number; index: number };

/** Where a column starts, in rem: cells are placed absolutely, so no row lays out a grid of 48 tracks. */
export const columnLeft = (c: Column) => `${PERSON_REM + c.index * COLUMN_REM}rem`;

export type RowProps = {
  person: Person;
  /** The row's place among all people (aria-rowindex, the data-cell ids, its offset). */
  row: number;
  view: RowView;
  cols: readonly Column[];
  ctl: Controller;
  /** The cell holding the grid's one Tab stop. */
  stop: () => { row: number; day: number };
  onKey: (ev: KeyboardEvent, row: number, day: number, personId: string, date: string) => void;
  onFocus: (row: number, day: number) => void;
};

/**
 * One person's row: a row header and the cells of the columns in view, everything read from the row's
 * prepared view (grid-rows.ts), so drawing a row while scrolling formats and looks up nothing.
 */
export function GridRow(props: RowProps): JSX.Element {
  // The day column holding the Tab stop in this row, or -1: a move of the stop updates two rows, not all.
  const rowStop = createMemo(() => (props.stop().row === props.row ? props.stop().day : -1));
  return (
    <tr
      class="board-row"
      aria-rowindex={props.row + 2}
      style={{ transform: `translateY(${HEAD + props.row * ROW}px)` }}
    >
      <th class="board-person" scope="row" aria-colindex={1}>
        <span class="board-name">{props.person.displayName}</span>
        <span class="board-skills">{props.person.skills.join(', ')}</span>
      </th>
      <For each={props.cols}>
        {(c) =>
          c.kind === 'total' ? (
            <td class="board-cell is-total" aria-colindex={c.index + 2} style={{ left: columnLeft(c) }}>
              <TotalText view={props.view.totals[c.week]!} />
            </td>
          ) : (
            <DayCell {...props} column={c} rowStop={rowStop} />
          )
        }
      </For>
    </tr>
  );
}

function DayCell(props: RowProps & { column: Column; rowStop: () => number }): JSX.Element {
  const c = props.column;
  const id = () => `${props.row}:${c.day}`;
  const chips = () => props.view.days[c.day] ?? [];
  const active = () => props.rowStop() === c.day;
  return (
    <td
      class="board-cell"
      classList={{ 'board-focus-return': active() }}
      aria-colindex={c.index + 2}
      // An empty cell says so (its name) without a node of its own.
      aria-label={chips().length === 0 ? pt('emptyCell') : undefined}
      style={{ left: columnLeft(c) }}
      tabindex={active() ? 0 : -1}
      data-cell={id()}
      onKeyDown={(ev) => props.onKey(ev, props.row, c.day, props.person.id, c.date)}
      onFocusIn={() => props.onFocus(props.row, c.day)}
      onClick={() => void props.ctl.cell(props.person.id, c.date)}
    >
      <For each={chips()}>{(v) => <Chip view={v} ctl={props.ctl} tabbable={active()} />}</For>
    </td>
  );
}

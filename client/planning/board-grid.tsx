import { createMemo, createSignal, For, type JSX, onCleanup, onMount, Show } from 'solid-js';
import { formatDayShort, isoWeek } from '../i18n/i18n';
import type { Controller } from './board-controller';
import type { Board } from './board-state';
import { MarkerChip } from './marker-chip';
import { pt } from './texts';
import { WeekTotal } from './week-total';
import { COLUMN_REM, columnSpan, HEAD, PERSON_REM, ROW, rowSpan, scrollInto, type Span } from './grid-window';

/** A column of the grid: a day of a person, or the week's total after each Sunday. */
type Column = { kind: 'day' | 'total'; date: string; day: number; index: number };

const sameSpan = (a: Span, b: Span) => a[0] === b[0] && a[1] === b[1];

/**
 * The desktop board: people × days in a keyboard-usable grid (one Tab stop; arrows move, Enter acts).
 * Only the rows and columns in view and a few around them are in the page (grid-window.ts), each cell
 * placed in its grid column, so 200 people × 6 weeks stay cheap to draw and to scroll.
 */
export function BoardGrid(props: { board: Board; ctl: Controller }): JSX.Element {
  const b = props.board;
  let scroller!: HTMLDivElement;
  const [view, setView] = createSignal({ top: 0, left: 0, height: 640, width: 1200 });
  const [remPx, setRemPx] = createSignal(16);
  const [active, setActive] = createSignal({ row: 0, col: 0 });
  const columns = createMemo(() =>
    b.mondays().flatMap((monday, w): Column[] => [
      ...b
        .days()
        .slice(w * 7, w * 7 + 7)
        .map((date, i) => ({ kind: 'day' as const, date, day: w * 7 + i, index: w * 8 + i })),
      { kind: 'total' as const, date: monday, day: -1, index: w * 8 + 7 },
    ]),
  );
  const rowsIn = createMemo(() => rowSpan(view().top, view().height, b.people().length), undefined, {
    equals: sameSpan,
  });
  const colsIn = createMemo(
    () => columnSpan(view().left, view().width, columns().length, COLUMN_REM * remPx(), PERSON_REM * remPx()),
    undefined,
    { equals: sameSpan },
  );
  const rows = createMemo(() => b.people().slice(...rowsIn()));
  const cols = createMemo(() => columns().slice(...colsIn()));
  // A row's place among all people, not among the drawn ones: it stays put while others scroll in and out.
  const rowOf = createMemo(() => new Map(b.people().map((p, i) => [p.id, i])));
  // Fixed column widths (rem): a row's layout never depends on another row's content, so drawing rows
  // while scrolling lays out only those rows.
  const template = () => `${PERSON_REM}rem repeat(${columns().length}, ${COLUMN_REM}rem)`;
  const width = () => `${PERSON_REM + columns().length * COLUMN_REM}rem`;

  // One Tab stop: the active cell, or, while it is scrolled out of the page, the nearest drawn row or column.
  const stop = createMemo(
    () => {
      const a = active();
      const [rf, rl] = rowsIn();
      const days = cols().filter((c) => c.kind === 'day');
      return {
        row: a.row >= rf && a.row < rl ? a.row : rf,
        day: days.some((c) => c.day === a.col) ? a.col : (days[0]?.day ?? a.col),
      };
    },
    undefined,
    { equals: (x, y) => x.row === y.row && x.day === y.day },
  );

  let frame = 0;
  const measure = () =>
    setView({
      top: scroller.scrollTop,
      left: scroller.scrollLeft,
      height: scroller.clientHeight,
      width: scroller.clientWidth,
    });
  const onScroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(measure);
  };
  onMount(() => {
    setRemPx(Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
    const ro = new ResizeObserver(measure);
    ro.observe(scroller);
    onCleanup(() => {
      ro.disconnect();
      cancelAnimationFrame(frame);
    });
  });

  const focusCell = (row: number, col: number) => {
    const [personPx, columnPx] = [PERSON_REM * remPx(), COLUMN_REM * remPx()];
    const x = personPx + (Math.floor(col / 7) * 8 + (col % 7)) * columnPx;
    scroller.scrollTop = scrollInto(scroller.scrollTop, scroller.clientHeight, HEAD, HEAD + row * ROW, ROW);
    scroller.scrollLeft = scrollInto(scroller.scrollLeft, scroller.clientWidth, personPx, x, columnPx);
    measure();
    setActive({ row, col });
    requestAnimationFrame(() => scroller.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`)?.focus());
  };
  const onKey = (ev: KeyboardEvent, row: number, col: number, personId: string, date: string) => {
    const nDays = b.days().length;
    const nRows = b.people().length;
    const page = Math.max(1, Math.floor(scroller.clientHeight / ROW) - 1);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [row, 0],
      End: [row, nDays - 1],
      PageUp: [row - page, col],
      PageDown: [row + page, col],
    };
    const to = moves[ev.key];
    if (to) {
      ev.preventDefault();
      focusCell(Math.min(nRows - 1, Math.max(0, to[0])), Math.min(nDays - 1, Math.max(0, to[1])));
    } else if ((ev.key === 'Enter' || ev.key === ' ') && ev.target === ev.currentTarget) {
      ev.preventDefault();
      void props.ctl.cell(personId, date);
    }
  };

  return (
    <div class="board-scroller" ref={scroller} onScroll={onScroll} data-testid="board-grid">
      <table
        class="board-canvas"
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the APG data grid on a table (arrow keys).
        role="grid"
        aria-label={pt('title')}
        aria-describedby="board-grid-help"
        aria-rowcount={b.people().length + 1}
        aria-colcount={columns().length + 1}
        style={{ height: `${HEAD + b.people().length * ROW}px`, width: width(), '--board-cols': template() }}
      >
        <thead class="board-rowgroup">
          <tr class="board-row board-head" aria-rowindex={1}>
            <th class="board-corner" scope="col" aria-colindex={1}>
              {pt('person')}
            </th>
            <For each={cols()}>
              {(c) => (
                <th
                  class="board-colhead"
                  classList={{ 'is-total': c.kind === 'total' }}
                  scope="col"
                  aria-colindex={c.index + 2}
                  style={{ 'grid-column': c.index + 2 }}
                >
                  {c.kind === 'day' ? formatDayShort(c.date) : pt('week', { week: isoWeek(c.date) })}
                  <For each={c.kind === 'day' ? b.cells().ofDay(c.date) : []}>
                    {(m) => <MarkerChip marker={m} ctl={props.ctl} tabbable={false} />}
                  </For>
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody class="board-rowgroup">
          <For each={rows()}>
            {(person) => {
              const row = () => rowOf().get(person.id) ?? 0;
              // The day column holding the Tab stop in this row, or -1: cells compare with it alone.
              const rowStop = createMemo(() => (stop().row === row() ? stop().day : -1));
              return (
                <tr
                  class="board-row"
                  aria-rowindex={row() + 2}
                  style={{ transform: `translateY(${HEAD + row() * ROW}px)` }}
                >
                  <th class="board-person" scope="row" aria-colindex={1}>
                    <span class="board-name">{person.displayName}</span>
                    <span class="board-skills">{person.skills.join(', ')}</span>
                  </th>
                  <For each={cols()}>
                    {(c) =>
                      c.kind === 'total' ? (
                        <td
                          class="board-cell is-total"
                          aria-colindex={c.index + 2}
                          style={{ 'grid-column': c.index + 2 }}
                        >
                          <WeekTotal board={b} personId={person.id} week={c.date} />
                        </td>
                      ) : (
                        <Cell
                          board={b}
                          ctl={props.ctl}
                          personId={person.id}
                          date={c.date}
                          colindex={c.index + 2}
                          cellId={`${row()}:${c.day}`}
                          active={rowStop() === c.day}
                          onKey={(ev) => onKey(ev, row(), c.day, person.id, c.date)}
                          onFocus={() => setActive({ row: row(), col: c.day })}
                        />
                      )
                    }
                  </For>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
      <p id="board-grid-help" class="sr-only">
        {pt('gridHelp')}
      </p>
    </div>
  );
}

function Cell(props: {
  board: Board;
  ctl: Controller;
  personId: string;
  date: string;
  colindex: number;
  cellId: string;
  active: boolean;
  onKey: (ev: KeyboardEvent) => void;
  onFocus: () => void;
}): JSX.Element {
  const markers = () => props.board.cells().of(props.personId, props.date);
  return (
    <td
      class="board-cell"
      classList={{ 'is-target': props.ctl.picking() !== null, 'board-focus-return': props.active }}
      aria-colindex={props.colindex}
      style={{ 'grid-column': props.colindex }}
      tabindex={props.active ? 0 : -1}
      data-cell={props.cellId}
      onKeyDown={props.onKey}
      onFocusIn={props.onFocus}
      onClick={() => void props.ctl.cell(props.personId, props.date)}
    >
      <For each={markers()}>{(m) => <MarkerChip marker={m} ctl={props.ctl} tabbable={props.active} />}</For>
      <Show when={markers().length === 0}>
        <span class="sr-only">{pt('emptyCell')}</span>
      </Show>
    </td>
  );
}

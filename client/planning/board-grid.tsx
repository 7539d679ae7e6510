import { createMemo, createSignal, For, type JSX, onCleanup, onMount, Show } from 'solid-js';
import { formatDayShort, isoWeek } from '../i18n/i18n';
import type { Controller } from './board-controller';
import type { Board } from './board-state';
import { MarkerChip } from './marker-chip';
import { pt } from './texts';
import { WeekTotal } from './week-total';

// Rows have one height, so the rows in view follow from the scroll position alone (only they are drawn).
const ROW = 100;
const HEAD = 52;
const OVERSCAN = 4;

/**
 * The desktop board: people × days in a keyboard-usable grid (one Tab stop; arrows move, Enter acts).
 * Only the rows in view and a few around them are in the page, so 200 people × 6 weeks stay cheap.
 */
export function BoardGrid(props: { board: Board; ctl: Controller }): JSX.Element {
  const b = props.board;
  let scroller!: HTMLDivElement;
  const [top, setTop] = createSignal(0);
  const [height, setHeight] = createSignal(640);
  const [active, setActive] = createSignal({ row: 0, col: 0 });
  const first = createMemo(() => Math.max(0, Math.floor((top() - HEAD) / ROW) - OVERSCAN));
  const last = createMemo(() => Math.min(b.people().length, Math.ceil((top() + height()) / ROW) + OVERSCAN));
  const rows = createMemo(() => b.people().slice(first(), last()));
  // Fixed column widths (rem): a row's layout never depends on another row's content, so drawing rows
  // while scrolling lays out only those rows.
  const template = () =>
    `13rem ${b
      .mondays()
      .map(() => 'repeat(8, 7.5rem)')
      .join(' ')}`;
  const width = () => `${13 + b.mondays().length * 8 * 7.5}rem`;
  const columns = createMemo(() =>
    b.mondays().flatMap((monday, w) => [
      ...b
        .days()
        .slice(w * 7, w * 7 + 7)
        .map((date, i) => ({ kind: 'day' as const, date, day: w * 7 + i })),
      { kind: 'total' as const, date: monday, day: -1 },
    ]),
  );

  // One Tab stop: the active cell, or, while its row is scrolled out of the page, that column's first drawn row.
  const tabStop = (row: number, col: number) => {
    const a = active();
    if (col !== a.col) return false;
    return a.row >= first() && a.row < last() ? row === a.row : row === first();
  };

  let frame = 0;
  const onScroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => setTop(scroller.scrollTop));
  };
  onMount(() => {
    const ro = new ResizeObserver(() => setHeight(scroller.clientHeight));
    ro.observe(scroller);
    onCleanup(() => ro.disconnect());
  });

  const focusCell = (row: number, col: number) => {
    const rowTop = HEAD + row * ROW;
    if (rowTop < scroller.scrollTop + HEAD) scroller.scrollTop = rowTop - HEAD;
    else if (rowTop + ROW > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = rowTop + ROW - scroller.clientHeight;
    setTop(scroller.scrollTop);
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
            <For each={columns()}>
              {(c, i) => (
                <th
                  class="board-colhead"
                  classList={{ 'is-total': c.kind === 'total' }}
                  scope="col"
                  aria-colindex={i() + 2}
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
            {(person, i) => {
              const row = () => first() + i();
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
                  <For each={columns()}>
                    {(c, ci) =>
                      c.kind === 'total' ? (
                        <td class="board-cell is-total" aria-colindex={ci() + 2}>
                          <WeekTotal board={b} personId={person.id} week={c.date} />
                        </td>
                      ) : (
                        <Cell
                          board={b}
                          ctl={props.ctl}
                          personId={person.id}
                          date={c.date}
                          colindex={ci() + 2}
                          cellId={`${row()}:${c.day}`}
                          active={tabStop(row(), c.day)}
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

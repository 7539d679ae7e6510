import { createMemo, createSignal, For, type JSX, onCleanup, onMount } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { formatDayShort, isoWeek, lang } from '../i18n/i18n';
import type { Controller } from './board-controller';
import type { Board } from './board-state';
import { namesOf } from './chip-view';
import { type Column, columnLeft, GridRow } from './grid-row';
import { createRowViews } from './grid-rows';
import { COLUMN_REM, columnSpan, HEAD, PERSON_REM, ROW, rowSpan, scrollInto, type Span } from './grid-window';
import { MarkerChip } from './marker-chip';
import { pt } from './texts';

const sameSpan = (a: Span, b: Span) => a[0] === b[0] && a[1] === b[1];

/**
 * The desktop board: people × days in a keyboard-usable grid (one Tab stop; arrows move, Enter acts).
 * Only the rows and columns in view and a few around them are in the page (grid-window.ts); rows and cells
 * are placed absolutely at fixed sizes and drawn from views prepared once per data change (grid-rows.ts),
 * so 200 people × 6 weeks stay cheap to draw and to scroll.
 */
export function BoardGrid(props: { board: Board; ctl: Controller }): JSX.Element {
  const b = props.board;
  const { user, lookups } = useAuthed();
  let scroller!: HTMLDivElement;
  const [view, setView] = createSignal({ top: 0, left: 0, height: 640, width: 1200 });
  const [remPx, setRemPx] = createSignal(16);
  const [active, setActive] = createSignal({ row: 0, col: 0 });
  const columns = createMemo(() =>
    b.mondays().flatMap((monday, w): Column[] => [
      ...b
        .days()
        .slice(w * 7, w * 7 + 7)
        .map((date, i) => ({ kind: 'day' as const, date, day: w * 7 + i, week: w, index: w * 8 + i })),
      { kind: 'total' as const, date: monday, day: -1, week: w, index: w * 8 + 7 },
    ]),
  );
  // Rebuilt when the data, the master data or the language change; rows fill it as they are drawn.
  const rowViews = createMemo(() => {
    lang();
    const names = namesOf({
      municipalities: lookups.municipalities(),
      sites: lookups.sites(),
      serviceTypes: lookups.serviceTypes(),
    });
    const inputs = { cells: b.cells(), days: b.days(), mondays: b.mondays(), planned: b.planned() };
    return createRowViews({ ...inputs, target: b.target, names, timeZone: user.timeZone });
  });
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
  const onKey = (ev: KeyboardEvent, cellRow: number, cellCol: number, personId: string, date: string) => {
    // Moves start from the cell the last key chose, which focusCell sets at once: focus follows a frame later, so
    // keys typed faster than that (or on a busy phone) would otherwise each start again from the old cell.
    const { row, col } = active();
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
    } else if (
      (ev.key === 'Enter' || ev.key === ' ') &&
      ev.target === ev.currentTarget &&
      row === cellRow &&
      col === cellCol
    ) {
      ev.preventDefault();
      void props.ctl.cell(personId, date);
    }
  };

  return (
    <div class="board-scroller" ref={scroller} onScroll={onScroll} data-testid="board-grid">
      <table
        class="board-canvas"
        classList={{ 'is-picking': props.ctl.picking() !== null }}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the APG data grid on a table (arrow keys).
        role="grid"
        aria-label={pt('title')}
        aria-describedby="board-grid-help"
        aria-rowcount={b.people().length + 1}
        aria-colcount={columns().length + 1}
        style={{ height: `${HEAD + b.people().length * ROW}px`, width: width() }}
      >
        <thead class="board-rowgroup">
          <tr class="board-head" aria-rowindex={1}>
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
                  style={{ left: columnLeft(c) }}
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
            {(person) => (
              <GridRow
                person={person}
                row={rowOf().get(person.id) ?? 0}
                view={rowViews()(person.id)}
                cols={cols()}
                ctl={props.ctl}
                stop={stop}
                onKey={onKey}
                onFocus={(row, col) => setActive({ row, col })}
              />
            )}
          </For>
        </tbody>
      </table>
      <p id="board-grid-help" class="sr-only">
        {pt('gridHelp')}
      </p>
    </div>
  );
}

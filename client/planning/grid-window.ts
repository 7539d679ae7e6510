/**
 * Which part of the desktop board is drawn (board-grid.tsx): rows have one height and columns one
 * width, so the rows and columns in view follow from the scroll position alone. Only they, and a few
 * around them, are in the page: 200 people × 6 weeks would otherwise be about 10,000 cells.
 */

/** Row height and header height in px (planning.css sets the same). */
export const ROW = 100;
export const HEAD = 52;
/** Widths in rem (planning.css uses the grid template board-grid.tsx builds from them). */
export const PERSON_REM = 13;
export const COLUMN_REM = 7.5;
/** Rows and columns drawn beyond each edge of the view, so a quick scroll does not show blanks. */
const ROW_OVERSCAN = 3;
const COLUMN_OVERSCAN = 2;

/** [first, last) of what is drawn along one axis. */
export type Span = readonly [number, number];

const clampSpan = (first: number, last: number, count: number): Span => [
  Math.max(0, Math.min(first, count)),
  Math.max(0, Math.min(last, count)),
];

/** The rows in a view `height` px high scrolled `top` px down, of `count` rows under the header. */
export function rowSpan(top: number, height: number, count: number): Span {
  return clampSpan(
    Math.floor((top - HEAD) / ROW) - ROW_OVERSCAN,
    Math.ceil((top + height - HEAD) / ROW) + ROW_OVERSCAN,
    count,
  );
}

/**
 * The columns in a view `width` px wide scrolled `left` px right, of `count` columns of `columnPx`
 * beside the person column of `personPx` (sticky, so it covers the first columns' place while scrolled).
 */
export function columnSpan(left: number, width: number, count: number, columnPx: number, personPx: number): Span {
  return clampSpan(
    Math.floor(left / columnPx) - COLUMN_OVERSCAN,
    Math.ceil((left + width - personPx) / columnPx) + COLUMN_OVERSCAN,
    count,
  );
}

/** The scroll offset that brings the span [start, start + size) into a view of `view` px (`lead` px covered). */
export function scrollInto(scroll: number, view: number, lead: number, start: number, size: number): number {
  if (start < scroll + lead) return start - lead;
  if (start + size > scroll + view) return start + size - view;
  return scroll;
}

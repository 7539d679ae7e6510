import type { JSX } from 'solid-js';

/**
 * A 24×24 line icon drawn in the text colour. Always decorative: the control it sits in keeps its
 * text label as the accessible name (and shows it wherever there is room), so it is hidden from
 * assistive technology.
 */
export function LineIcon(props: { path: string }): JSX.Element {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2.2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d={props.path} />
    </svg>
  );
}

import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { createMemo, type JSX } from 'solid-js';

/**
 * A QR code as inline SVG (sharp at any zoom, no image request); `label` is its text alternative.
 * Four modules of quiet zone, as scanners need, in light colour whatever the theme.
 */
export function QrCode(props: { text: string; label: string; testId?: string }): JSX.Element {
  const code = createMemo(() => generate(props.text));
  const box = () => `-4 -4 ${code().size + 8} ${code().size + 8}`;
  return (
    <svg class="qr-code" viewBox={box()} role="img" aria-label={props.label} data-testid={props.testId}>
      <rect x="-4" y="-4" width={code().size + 8} height={code().size + 8} fill="#fff" />
      <path d={toSvgPath(code())} fill="#000" />
    </svg>
  );
}

import type { JSX } from 'solid-js';
import { announcement } from './announce';

/** The live region behind announce(): rendered once, at the root, before any page content changes. */
export function Announcer(): JSX.Element {
  return (
    <div class="sr-only" role="status" aria-live="polite" data-testid="announcer">
      {announcement()}
    </div>
  );
}

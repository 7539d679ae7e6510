import { useLocation } from '@solidjs/router';
import { createEffect, on } from 'solid-js';
import { expectNewPage } from './focus';

/** Watches the path (not the query: a week's arrows keep focus) and lets the next page heading take focus. */
export function RouteFocus(): null {
  const location = useLocation();
  createEffect(on(() => location.pathname, expectNewPage, { defer: true }));
  return null;
}

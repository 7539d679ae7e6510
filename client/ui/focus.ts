/**
 * Where keyboard focus goes when the page changes under it (WCAG 2.4.3): after a route change, after
 * an action removes or disables the focused control, after a dialog closes. Without this, focus falls
 * to <body> and the next Tab starts again at the top of the page.
 */

type Target = HTMLElement | string | null | undefined;

const resolve = (t: Target): HTMLElement | null => (typeof t === 'string' ? document.querySelector(t) : (t ?? null));

/** Focuses `el` without making it a Tab stop of its own when it is not focusable by nature (a heading). */
export function focusElement(el: HTMLElement): void {
  if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
}

/** The current page's heading, else its main region: the fallback for focus that has nowhere to go. */
export const pageStart = (): HTMLElement | null => document.querySelector('main h1') ?? document.querySelector('main');

const lost = () => {
  const a = document.activeElement;
  return !a || a === document.body || !a.isConnected;
};

const usable = (el: Element | null): el is HTMLElement =>
  el instanceof HTMLElement && el.isConnected && !(el instanceof HTMLButtonElement && el.disabled);

/**
 * When the control that started an action (`from`, by default the focused one) goes away or is
 * disabled by the re-render, focuses the first target that exists, else the page's heading. Waits
 * up to two seconds for that (local data updates arrive a few frames later); if `from` keeps focus,
 * or the person moved on meanwhile, nothing is changed.
 */
export function focusAfter(targets: Target | Target[], from: Element | null = document.activeElement): void {
  let frames = 120;
  const step = () => {
    const active = document.activeElement;
    const gone = lost() || (active === from && !usable(from));
    if (!gone) {
      if (active === from && --frames > 0) requestAnimationFrame(step);
      return;
    }
    const el = [targets].flat().map(resolve).find(usable) ?? pageStart();
    if (el) focusElement(el);
  };
  requestAnimationFrame(step);
}

// Route changes: set by RouteFocus, taken by the next page heading that mounts (PageTitle).
let routeChange: { from: Element | null } | null = null;

/** A new route was opened: its heading takes focus when it appears (it may load lazily). */
export function expectNewPage(): void {
  routeChange = { from: document.activeElement };
}

/** Called by each page's h1 when it mounts; focuses it if a route change is waiting for it. */
export function claimPageFocus(h1: HTMLElement): void {
  const change = routeChange;
  if (!change) return;
  routeChange = null;
  const active = document.activeElement;
  // The person already moved on (typed into a field of the new page): leave focus where it is.
  if (!lost() && active !== change.from && !active?.closest('nav, header')) return;
  focusElement(h1);
}

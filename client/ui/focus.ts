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

/**
 * After the next render, focuses the first target that exists and can take focus, else the page's
 * heading. Only when focus was lost or is still on `from` (the control that started the action), so
 * it never pulls focus away from where the person went meanwhile.
 */
export function focusAfter(targets: Target | Target[], from: Element | null = document.activeElement): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    const disabled = active instanceof HTMLButtonElement && active.disabled;
    if (!lost() && active !== from && !disabled) return;
    for (const t of [targets].flat()) {
      const el = resolve(t);
      if (el?.isConnected && !(el instanceof HTMLButtonElement && el.disabled)) {
        focusElement(el);
        if (document.activeElement === el) return;
      }
    }
    const start = pageStart();
    if (start) focusElement(start);
  });
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

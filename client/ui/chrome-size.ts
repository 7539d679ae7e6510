import { onCleanup } from 'solid-js';

/**
 * Publishes how much of the viewport fixed and sticky parts cover (the header at the top; the
 * navigation and any toast at the bottom), as --cover-top / --cover-bottom on <html>, which app.css
 * turns into scroll-padding: a focused field or a jumped-to heading then scrolls clear of them
 * (WCAG 2.4.11). Measured, because they change height with text size and width, and cover nothing
 * when the layout makes them scroll with the page (short screens).
 */
const top = new Set<HTMLElement>();
const bottom = new Set<HTMLElement>();
let observer: ResizeObserver | undefined;
let covered = { top: 0, bottom: 0 };

function update(): void {
  const vh = window.innerHeight;
  const fixed = (el: HTMLElement) => ['fixed', 'sticky'].includes(getComputedStyle(el).position);
  const rects = (set: Set<HTMLElement>) => [...set].filter(fixed).map((el) => el.getBoundingClientRect());
  const coverTop = Math.max(0, ...rects(top).map((r) => r.bottom));
  const coverBottom = Math.max(0, ...rects(bottom).map((r) => vh - r.top));
  covered = { top: Math.ceil(coverTop), bottom: Math.ceil(coverBottom) };
  document.documentElement.style.setProperty('--cover-top', `${Math.ceil(coverTop)}px`);
  document.documentElement.style.setProperty('--cover-bottom', `${Math.ceil(coverBottom)}px`);
}

/** Counts `el` as covering the top or the bottom of the viewport for as long as the calling component lives. */
export function coversViewport(el: HTMLElement, edge: 'top' | 'bottom'): void {
  if (!observer) {
    observer = new ResizeObserver(update);
    window.addEventListener('resize', update);
    document.addEventListener('focusin', () => requestAnimationFrame(clearFocused));
  }
  (edge === 'top' ? top : bottom).add(el);
  observer.observe(el);
  onCleanup(() => {
    top.delete(el);
    bottom.delete(el);
    observer?.unobserve(el);
    update();
  });
}

const MARGIN = 12;

/**
 * Chromium scrolls a focused element into view only when it is outside the viewport, not when it sits
 * under a sticky header, the navigation or a toast (scroll-padding is not consulted for that): after
 * each focus change, the page is scrolled just enough to bring the focused element clear of them.
 */
function clearFocused(): void {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || el === document.body) return;
  if ([...top, ...bottom].some((cover) => cover.contains(el))) return;
  const r = el.getBoundingClientRect();
  const vh = window.innerHeight;
  const minTop = covered.top + MARGIN;
  const maxBottom = vh - covered.bottom - MARGIN;
  if (r.top < minTop) window.scrollBy(0, r.top - minTop);
  // Down only as far as keeps its top clear (a tall element shows its start).
  else if (r.bottom > maxBottom) window.scrollBy(0, Math.min(r.bottom - maxBottom, r.top - minTop));
}

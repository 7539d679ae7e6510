import { onCleanup } from 'solid-js';

/**
 * Publishes how much of the viewport the sticky header and the fixed navigation cover, as
 * --cover-top / --cover-bottom on <html>, which app.css turns into scroll-padding: a focused field
 * or a jumped-to heading then scrolls clear of them (WCAG 2.4.11). Measured, because both change
 * height with text size and width, and neither covers anything when the layout makes them static.
 */
export function watchChromeSize(header: HTMLElement, nav: HTMLElement): void {
  const root = document.documentElement;
  const covered = (el: HTMLElement, pos: string) =>
    getComputedStyle(el).position === pos ? Math.ceil(el.getBoundingClientRect().height) : 0;
  const update = () => {
    root.style.setProperty('--cover-top', `${covered(header, 'sticky')}px`);
    root.style.setProperty('--cover-bottom', `${covered(nav, 'fixed')}px`);
  };
  const observer = new ResizeObserver(update);
  observer.observe(header);
  observer.observe(nav);
  window.addEventListener('resize', update);
  onCleanup(() => {
    observer.disconnect();
    window.removeEventListener('resize', update);
    root.style.removeProperty('--cover-top');
    root.style.removeProperty('--cover-bottom');
  });
}

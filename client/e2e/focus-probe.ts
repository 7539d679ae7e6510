import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What the keyboard user sees of the focused element; `problems` lists what would make it hard to see. */
export type FocusState = { tag: string; id: string; testId: string; text: string; problems: string[] };

/**
 * The focused element, and whether it is visible: not <body>, drawn with a focus indicator (an outline of
 * 2 px or more), inside the viewport, and not covered by the sticky header or the fixed navigation
 * (elementFromPoint at its centre and near its corners finds it, not something on top of it).
 */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(async () => {
    // Two frames: what the person sees once the app has reacted to the key (chrome-size.ts scrolls).
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const el = document.activeElement as HTMLElement | null;
    const problems: string[] = [];
    if (!el || el === document.body) {
      return { tag: 'BODY', id: '', testId: '', text: '', problems: ['focus on <body>'] };
    }
    const style = getComputedStyle(el);
    if (style.outlineStyle === 'none' || Number.parseFloat(style.outlineWidth) < 2) problems.push('no focus indicator');
    const r = el.getBoundingClientRect();
    const vh = window.innerHeight;
    const vw = document.documentElement.clientWidth;
    // Tall regions (main after the skip link) only need their start in view.
    const bottom = Math.min(r.bottom, r.top + Math.min(r.height, vh / 2));
    if (r.top < 0 || bottom > vh || r.left < 0 || r.right > vw + 0.5) problems.push('outside the viewport');
    else {
      const inset = Math.min(4, r.width / 4, (bottom - r.top) / 4);
      const points: [number, number][] = [
        [(r.left + r.right) / 2, (r.top + bottom) / 2],
        [r.left + inset, r.top + inset],
        [r.right - inset, bottom - inset],
      ];
      for (const [x, y] of points) {
        const hit = document.elementFromPoint(x, y);
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
        if (hit && !el.contains(hit) && hit !== label) {
          const by = hit.closest('header, nav, dialog, .toast') ?? hit;
          problems.push(`covered by <${by.tagName.toLowerCase()} class="${by.className}">`);
          break;
        }
      }
    }
    return {
      tag: el.tagName,
      id: el.id,
      testId: el.dataset['testid'] ?? '',
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 200),
      problems,
    };
  });
}

/** Asserts focus is visible and uncovered; returns where it is. */
export async function visibleFocus(page: Page, step: string): Promise<FocusState> {
  const state = await focusState(page);
  expect({ step, at: `${state.tag}#${state.id} ${state.text}`, problems: state.problems }).toEqual({
    step,
    at: `${state.tag}#${state.id} ${state.text}`,
    problems: [],
  });
  return state;
}

/**
 * Presses Tab (or Shift+Tab) until `wanted` matches the focused element, checking at every stop that
 * focus is visible and not covered: the walk a keyboard user makes through the page.
 */
export async function tabTo(
  page: Page,
  wanted: (s: FocusState) => boolean,
  step: string,
  { back = false, max = 60 } = {},
): Promise<FocusState> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const state = await visibleFocus(page, `${step} (stop ${i + 1})`);
    if (wanted(state)) return state;
  }
  throw new Error(`${step}: not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Waits until focus lands where `wanted` says (after a route change or a re-render), then checks it is visible. */
export async function focusLands(page: Page, wanted: (s: FocusState) => boolean, step: string): Promise<FocusState> {
  await expect.poll(async () => wanted(await focusState(page)), { timeout: 10_000 }).toBe(true);
  return visibleFocus(page, step);
}

export const isH1 =
  (text: string | RegExp) =>
  (s: FocusState): boolean =>
    s.tag === 'H1' && (typeof text === 'string' ? s.text === text : text.test(s.text));
export const isId = (id: string) => (s: FocusState) => s.id === id;
export const isTestId = (id: string) => (s: FocusState) => s.testId === id;
export const hasText = (tag: string, text: string | RegExp) => (s: FocusState) =>
  s.tag === tag && (typeof text === 'string' ? s.text === text : text.test(s.text));

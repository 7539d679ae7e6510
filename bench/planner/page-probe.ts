/**
 * Page code shared by the two board pages (ours and FullCalendar's): frames and the long tasks
 * (PerformanceObserver 'longtask', tasks over 50 ms) while a scroll container is scrolled through.
 */

/** After the browser has laid out and painted what the last change drew. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export type ScrollRun = { ms: number; steps: number; longTasks: number; longestTaskMs: number };

/**
 * Scrolls `scroller` from top to bottom by `step` pixels a frame, as a quick wheel or a dragged
 * scroll bar does, and returns the longest task seen meanwhile (0: none over 50 ms).
 */
export async function scrollThrough(scroller: HTMLElement, step: number): Promise<ScrollRun> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  scroller.scrollTop = 0;
  await nextFrame();
  const started = performance.now();
  let steps = 0;
  while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
    scroller.scrollTop += step;
    steps++;
    await nextFrame();
  }
  // Tasks are reported after they end: one more frame lets the last one arrive.
  await nextFrame();
  for (const e of observer.takeRecords()) tasks.push(e.duration);
  observer.disconnect();
  return {
    ms: performance.now() - started,
    steps,
    longTasks: tasks.length,
    longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
  };
}

export type BoardPageApi = {
  seed(people: number): Promise<number>;
  /** From the data to the first frame of the board; `cells`: day cells drawn (a sanity check). */
  render(): Promise<{ ms: number; cells: number }>;
  scroll(step: number): Promise<ScrollRun>;
};

declare global {
  interface Window {
    boardBench?: BoardPageApi;
  }
}

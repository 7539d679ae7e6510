/**
 * Live queries re-run after every transaction that touches what they read, and each new value
 * re-renders its part of the page (50-100 ms a time on a phone). A pull commits one transaction per
 * page, so a first sync of N pages would re-render the open page N times. While live updates are held
 * (a pull runs, see pullAll), a live query shows its first new value at once, so a first sync's first
 * rows still appear after one page; later values wait and only the newest is shown, every FLUSH_MS
 * and when the pull ends.
 */
export const FLUSH_MS = 1000;
/**
 * A live query re-runs after the commit it reacts to, so the last page's value arrives a little after
 * the pull has returned; the hold lasts this much longer to take it into the final batch.
 */
export const SETTLE_MS = 50;

let holds = 0;
let timer: ReturnType<typeof setInterval> | undefined;
/** The newest undelivered value of each live query, by subscription. */
const pending = new Map<object, () => void>();
/** Live queries that showed a value since the hold began. */
const shown = new Set<object>();

function flush(): void {
  const deliveries = [...pending.values()];
  pending.clear();
  for (const deliver of deliveries) deliver();
}

/** Held while any work runs or settles; the interval runs exactly while held. */
const held = (): boolean => timer !== undefined;

function endHold(): void {
  if (holds > 0 || !held()) return; // another pull began meanwhile: it ends the hold
  clearInterval(timer);
  timer = undefined;
  shown.clear();
  flush();
}

/**
 * Runs `work` with live updates held (nested or overlapping holds end with the last, SETTLE_MS after
 * it); returns as soon as `work` does and never swallows its error.
 */
export async function withLiveUpdatesHeld<T>(work: () => Promise<T>): Promise<T> {
  holds++;
  timer ??= setInterval(flush, FLUSH_MS);
  try {
    return await work();
  } finally {
    if (--holds === 0) setTimeout(endHold, SETTLE_MS);
  }
}

/**
 * Wraps a live query's `next`: values pass at once unless updates are held and this query already
 * showed one during the hold. `cancel` drops a value still waiting (the query was unsubscribed).
 */
export function batchedNext<T>(deliver: (value: T) => void): { next: (value: T) => void; cancel: () => void } {
  const key = {};
  return {
    next: (value) => {
      if (held() && shown.has(key)) {
        pending.set(key, () => deliver(value));
        return;
      }
      if (held()) shown.add(key);
      pending.delete(key);
      deliver(value);
    },
    cancel: () => {
      pending.delete(key);
      shown.delete(key);
    },
  };
}

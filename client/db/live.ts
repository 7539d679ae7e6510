import { liveQuery } from 'dexie';
import { batchedNext } from './live-batch';
import { type Accessor, createEffect, createSignal, onCleanup, untrack } from 'solid-js';

/**
 * A Dexie live query as a Solid signal: it re-runs whenever the tables it read change, and
 * unsubscribes with its owner. Reactive inputs must be read in `deps` (Dexie runs `fn`
 * outside Solid's tracking); a change there restarts the query with the new value.
 */
export function createLiveQuery<T>(fn: () => T | Promise<T>, initial: T, deps?: () => unknown): Accessor<T> {
  const [value, setValue] = createSignal<T>(initial);
  createEffect(() => {
    deps?.();
    // During a pull, new values are batched (live-batch.ts): N pages re-render once or twice, not N times.
    const batched = batchedNext<T>((v) => setValue(() => v));
    const subscription = untrack(() =>
      liveQuery(fn).subscribe({
        next: batched.next,
        error: (err: unknown) => console.error('Live query failed', err),
      }),
    );
    onCleanup(() => {
      subscription.unsubscribe();
      batched.cancel();
    });
  });
  return value;
}

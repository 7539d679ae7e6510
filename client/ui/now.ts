import { type Accessor, createSignal, onCleanup } from 'solid-js';
import { trustedNow } from '../sync/server-clock';

/** The current time as a signal that ticks every `ms`; the timer stops with its owner. */
export function createNow(ms: number): Accessor<Date> {
  const [now, setNow] = createSignal(trustedNow());
  const id = setInterval(() => setNow(trustedNow()), ms);
  onCleanup(() => clearInterval(id));
  return now;
}

import { type Accessor, createSignal, onCleanup } from 'solid-js';

/** The current time as a signal that ticks every `ms`; the timer stops with its owner. */
export function createNow(ms: number): Accessor<Date> {
  const [now, setNow] = createSignal(new Date());
  const id = setInterval(() => setNow(new Date()), ms);
  onCleanup(() => clearInterval(id));
  return now;
}

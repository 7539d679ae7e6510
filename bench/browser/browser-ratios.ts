/**
 * The two goal figures of the Chromium comparison, apart from the harness so they can be tested:
 * how close our initial sync comes to storing the same rows alone, and how far ahead of PouchDB
 * at whichever batch size served PouchDB best in the same run.
 */
import { percentile } from '../stats';

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Median over runs of (our sync ms / store-only ms of the same run). Per run, not median over
 * median: a run on a busier machine is slower in both, so its ratio stays comparable.
 */
export function vsStoreOnly(runs: readonly { ms: number; storeOnlyMs: number }[]): number {
  return round1(
    percentile(
      runs.map((r) => r.ms / r.storeOnlyMs),
      50,
    ),
  );
}

/** The PouchDB variant with the lowest median (the first of equals), and its median over ours. */
export function bestPouch<P extends { medianMs: number }>(pouch: readonly P[], oursMedianMs: number) {
  const best = pouch.reduce((a, b) => (b.medianMs < a.medianMs ? b : a));
  return { best, x: round1(best.medianMs / oursMedianMs) };
}

import { describe, expect, it } from 'vitest';
import { bestPouch, vsStoreOnly } from './browser-ratios';

describe('browser comparison ratios', () => {
  it('takes the median of per-run ratios, not the ratio of medians', () => {
    // Medians 700 / 400 would give 1.8; the per-run ratios are 1.5, 2.0 and 1.6.
    const runs = [
      { ms: 600, storeOnlyMs: 400 },
      { ms: 1000, storeOnlyMs: 500 },
      { ms: 700, storeOnlyMs: 350 * 1.25 },
    ];
    expect(vsStoreOnly(runs)).toBe(1.6);
  });

  it("compares ours with PouchDB's fastest batch size", () => {
    const pouch = [
      { batchSize: null, medianMs: 16_000 },
      { batchSize: 1000, medianMs: 9000 },
      { batchSize: 2000, medianMs: 8000 },
      { batchSize: 5000, medianMs: 8500 },
    ];
    const { best, x } = bestPouch(pouch, 700);
    expect(best.batchSize).toBe(2000);
    expect(x).toBe(11.4);
  });
});

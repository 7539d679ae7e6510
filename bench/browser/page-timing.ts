/**
 * Requests a bench page made during its timed sync, from the browser's Resource Timing entries
 * (passive: the code under test is not wrapped). Page code, bundled into both bench pages.
 */
export type RequestLog = { requests: number; networkDoneMs: number };

/** Forgets the requests so far (page load, login) and makes room for every request of one sync. */
export function startRequestLog(): void {
  // The default buffer keeps 250 entries; PouchDB's default batch size needs more requests than that.
  performance.setResourceTimingBufferSize(100_000);
  performance.clearResourceTimings();
}

/** How many requests began at or after `start`, and when the last answer was complete (ms after `start`). */
export function readRequestLog(start: number): RequestLog {
  // By start time too: an entry of a request made before (the login) can still be added after the clear.
  const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
    (e) => e.startTime >= start,
  );
  return {
    requests: entries.length,
    networkDoneMs: entries.reduce((max, e) => Math.max(max, e.responseEnd - start), 0),
  };
}

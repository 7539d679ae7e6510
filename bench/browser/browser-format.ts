import { kib, ratio } from '../pouchdb-compare';
import { percentile } from '../stats';
import type { BrowserComparison, BrowserFigures } from './browser-compare';

/** The comparison as the bench prints it: one line per contender, then the ratios and the goals. */
export function formatBrowser(c: BrowserComparison): string[] {
  const line = (f: BrowserFigures) =>
    `  ${f.label}: ${f.medianMs} ms median of [${f.runs.join(', ')}] ` +
    `(last answer in at [${f.networkDoneMs.join(', ')}] ms), ${f.requests} requests, ` +
    `${kib(f.bytesToClient)} to client + ${kib(f.bytesToServer)} to server, ${f.records} records`;
  const storeOnly = c.ours.storeOnlyMs ?? [];
  return [
    `Initial sync of ${c.records} records into a fresh device in ${c.browser} ` +
      '(real IndexedDB, fresh profile per run; each server in its own forked process; ms timed in the page; ' +
      "bytes counted on the server's sockets, page loading excluded):",
    line(c.ours),
    ...c.pouch.map(line),
    ...c.pouch.map((p) => `  ours vs ${p.label}: ${p.speedup}x faster, ${p.byteRatio}x fewer bytes to the client`),
    `  against PouchDB's default batch size: ${c.speedup}x faster, ${c.byteRatio}x fewer bytes`,
    `  against PouchDB's fastest batch size here (${c.pouchBestBatchSize ?? 'default'}): ` +
      `${c.pouchBestBatchX}x faster (goal >= 10x)`,
    '  reference: storing the same rows alone into a fresh database (no network, server or parsing): ' +
      `${Math.round(percentile(storeOnly, 50))} ms median of [${storeOnly.join(', ')}]; ` +
      `our sync divided by it, median of the runs' ratios: ${c.vsStoreOnlyX}x (goal <= 2x); ` +
      `PouchDB's default divided by it: ${ratio(c.pouch[0]!.medianMs, percentile(storeOnly, 50))}x`,
    `  load average (1/5/15 min) ${c.loadAverage.start.join(' ')} at start, ${c.loadAverage.end.join(' ')} at end`,
  ];
}

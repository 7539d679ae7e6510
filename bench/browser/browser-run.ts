/**
 * `npm run bench:browser`: our initial sync versus PouchDB replication (default batch size and
 * 1000, 2000, 5000), both devices in headless Chromium (browser-compare.ts). Options:
 * --records=N (10000), --runs=N (3), --json; CHROMIUM=path (default /usr/bin/chromium). Skips,
 * with exit code 0 and the reason, when Chromium or the PouchDB packages (not dependencies of the
 * project) are missing. bench/run.ts runs the same as its `browser` part.
 */
import { argValue } from '../stats';
import { formatBrowser } from './browser-format';
import { browserPart } from './browser-part';

const json = process.argv.includes('--json');

const result = await browserPart({
  records: Number(argValue('records') ?? 10_000),
  runs: Number(argValue('runs') ?? 3),
  log: (l) => console.log(l),
});
if ('skipped' in result) console.error(`bench:browser skipped: ${result.skipped}`);
else for (const l of formatBrowser(result)) console.log(l);
if (json) console.log(JSON.stringify({ browser: result }));

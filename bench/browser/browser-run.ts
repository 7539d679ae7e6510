/**
 * `npm run bench:browser`: our initial sync versus PouchDB replication, both devices in headless
 * Chromium (browser-compare.ts). Options: --records=N (10000), --runs=N (3), --json; CHROMIUM=path
 * (default /usr/bin/chromium). Skips, with exit code 0 and the reason, when Chromium or the
 * PouchDB packages (not dependencies of the project) are missing.
 */
import { existsSync } from 'node:fs';
import { argValue } from '../stats';
import {
  BROWSER_POUCH_INSTALL,
  compareInBrowser,
  DEFAULT_CHROMIUM,
  formatBrowser,
  missingPouchPackages,
} from './browser-compare';

const json = process.argv.includes('--json');
const chromiumPath = process.env['CHROMIUM'] ?? DEFAULT_CHROMIUM;

function skip(reason: string): never {
  console.error(`bench:browser skipped: ${reason}`);
  if (json) console.log(JSON.stringify({ browser: { skipped: reason } }));
  process.exit(0);
}

if (!existsSync(chromiumPath)) skip(`no Chromium at ${chromiumPath} (set CHROMIUM=/path/to/chromium)`);
const missing = missingPouchPackages();
if (missing.length > 0)
  skip(
    `PouchDB packages missing (${missing.join(', ')}; kept out of package.json). ` +
      `Install them with:\n  ${BROWSER_POUCH_INSTALL}`,
  );

const result = await compareInBrowser({
  chromium: chromiumPath,
  records: Number(argValue('records') ?? 10_000),
  runs: Number(argValue('runs') ?? 3),
  log: (l) => console.log(l),
});
for (const l of formatBrowser(result)) console.log(l);
if (json) console.log(JSON.stringify({ browser: result }));

/**
 * The Chromium comparison as a part of a bench run (browser-run.ts alone, or bench/run.ts): it
 * runs when Chromium and the PouchDB packages are there, and otherwise says why it did not.
 */
import { existsSync } from 'node:fs';
import {
  BROWSER_POUCH_INSTALL,
  type BrowserComparison,
  type BrowserOptions,
  compareInBrowser,
  DEFAULT_CHROMIUM,
  missingPouchPackages,
} from './browser-compare';

export type BrowserPart = BrowserComparison | { skipped: string };

/** Why the comparison cannot run here, or null when it can. */
export function browserSkipReason(chromium: string): string | null {
  if (!existsSync(chromium)) return `no Chromium at ${chromium} (set CHROMIUM=/path/to/chromium)`;
  const missing = missingPouchPackages();
  if (missing.length === 0) return null;
  return (
    `PouchDB packages missing (${missing.join(', ')}; kept out of package.json). ` +
    `Install them with:\n  ${BROWSER_POUCH_INSTALL}`
  );
}

/** The comparison, or why it was skipped. CHROMIUM=path overrides where Chromium is. */
export async function browserPart(options: BrowserOptions = {}): Promise<BrowserPart> {
  const chromium = options.chromium ?? process.env['CHROMIUM'] ?? DEFAULT_CHROMIUM;
  const reason = browserSkipReason(chromium);
  if (reason) return { skipped: reason };
  return compareInBrowser({ ...options, chromium });
}

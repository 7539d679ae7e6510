import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../browser/browser-compare';

/** Installed for the benchmark only (not a dependency); 13.x needs Node 22. */
export const LIGHTHOUSE_INSTALL = 'npm install --no-save -E lighthouse@12.2.3';
/** The little of Lighthouse's result the benchmark reads. */
type Audit = { numericValue?: number };
type Lhr = {
  categories: { performance?: { score: number | null } };
  audits: Record<string, Audit | undefined>;
  runtimeError?: { message: string };
};
type LighthouseFn = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: Lhr } | undefined>;
type ChromeLauncher = {
  launch(o: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }>;
};

/** One Lighthouse run: the score (0-100) and the metrics it is made of (ms; CLS unitless). */
export type LighthouseRun = { score: number; fcp: number; lcp: number; tbt: number; cls: number; si: number };

export type Lighthouse = {
  run(url: string, extraHeaders?: Record<string, string>): Promise<LighthouseRun>;
  close(): Promise<void>;
};

/** Lighthouse and its Chrome launcher, or null when Lighthouse is not installed. */
export async function loadLighthouse(chromePath = DEFAULT_CHROMIUM): Promise<Lighthouse | null | 'no-chromium'> {
  if (!existsSync(chromePath)) return 'no-chromium';
  // Names in variables: TypeScript must not need their types, the packages are optional.
  const lighthouseName = 'lighthouse';
  const launcherName = 'chrome-launcher';
  let lighthouse: LighthouseFn;
  let launcher: ChromeLauncher;
  try {
    lighthouse = ((await import(lighthouseName)) as { default: LighthouseFn }).default;
    launcher = (await import(launcherName)) as ChromeLauncher;
  } catch {
    return null;
  }
  const chrome = await launcher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  const metric = (lhr: Lhr, id: string) => Math.round((lhr.audits[id]?.numericValue ?? Number.NaN) * 1000) / 1000;
  return {
    // Lighthouse's defaults: mobile emulation, simulated slow 4G and 4x CPU slowdown, storage reset per run.
    async run(url, extraHeaders) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        ...(extraHeaders ? { extraHeaders } : {}),
      });
      const lhr = result?.lhr;
      const score = lhr?.categories.performance?.score;
      if (!lhr || score == null) throw new Error(`Lighthouse gave no score for ${url}: ${lhr?.runtimeError?.message}`);
      return {
        score: Math.round(score * 100),
        fcp: Math.round(metric(lhr, 'first-contentful-paint')),
        lcp: Math.round(metric(lhr, 'largest-contentful-paint')),
        tbt: Math.round(metric(lhr, 'total-blocking-time')),
        cls: metric(lhr, 'cumulative-layout-shift'),
        si: Math.round(metric(lhr, 'speed-index')),
      };
    },
    close: async () => chrome.kill(),
  };
}

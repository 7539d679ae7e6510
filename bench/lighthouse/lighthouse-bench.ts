import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { startServer } from '../../client/e2e/harness';
import { startBareStack } from './bare-stack';
import { LIGHTHOUSE_INSTALL, type LighthouseRun, loadLighthouse } from './lighthouse';
import { firstLoadRouteBytes } from './route-bytes';

const TECHNICIAN = { email: 'lena.hofer@demo.ikz-einsatz.example', password: 'ikz-demo-2026' };
const PAGES = ['login', 'today', 'bareStack'] as const;
type PageName = (typeof PAGES)[number];

export type PageFigures = { score: number; tbt: number; lcp: number; fcp: number; cls: number; runs: LighthouseRun[] };
export type LighthouseBench = {
  lighthouse: Record<PageName, number> & { runs: Record<PageName, PageFigures> };
  firstLoadRoutesKb: { login: number; today: number };
};

/** The run with the median score (of an odd number of runs), so its metrics belong together. */
function median(runs: LighthouseRun[]): PageFigures {
  const mid = [...runs].sort((a, b) => a.score - b.score)[Math.floor(runs.length / 2)]!;
  return { score: mid.score, tbt: mid.tbt, lcp: mid.lcp, fcp: mid.fcp, cls: mid.cls, runs };
}

/** A port nobody listens on now (other people's servers share this machine). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function sessionCookie(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(TECHNICIAN),
  });
  const cookie = /ikz_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (!res.ok || !cookie) throw new Error(`demo login failed: ${res.status}`);
  return cookie;
}

/**
 * Lighthouse mobile performance on the built app (dist/client, served by the real server with demo
 * data): the login page, "Heute" signed in (the session cookie is sent as a header; Lighthouse's
 * fresh profile has no stored person, so the app resumes the cookie's session), and the bare stack in
 * the same run as the reference. Pages take turns, so machine noise spreads over all three.
 */
export async function lighthouseBench(opts: {
  runs: number;
  port?: number;
  log: (line: string) => void;
}): Promise<LighthouseBench | { skipped: string }> {
  const lh = await loadLighthouse();
  if (lh === 'no-chromium') return { skipped: 'no Chromium at /usr/bin/chromium' };
  if (!lh) return { skipped: `Lighthouse not installed; for this benchmark run: ${LIGHTHOUSE_INSTALL}` };
  const routes = firstLoadRouteBytes();
  const server = await startServer(opts.port ?? (await freePort()));
  const bare = await startBareStack();
  try {
    // The server must be ours, serving this build: a port taken meanwhile would measure someone else's.
    const served = await (await fetch(`${server.url}/login`)).text();
    if (served !== readFileSync('dist/client/index.html', 'utf8'))
      throw new Error(`${server.url} serves another build`);
    const cookie = await sessionCookie(server.url);
    const targets: Record<PageName, () => Promise<LighthouseRun>> = {
      login: () => lh.run(`${server.url}/login`),
      today: () => lh.run(`${server.url}/`, { Cookie: cookie }),
      bareStack: () => lh.run(bare.url),
    };
    const runs: Record<PageName, LighthouseRun[]> = { login: [], today: [], bareStack: [] };
    for (let i = 0; i < opts.runs; i++) {
      for (const page of PAGES) {
        const r = await targets[page]();
        runs[page].push(r);
        opts.log(`  run ${i + 1} ${page.padEnd(9)} score ${r.score} (TBT ${r.tbt} ms, LCP ${r.lcp} ms, CLS ${r.cls})`);
      }
    }
    const figures = { login: median(runs.login), today: median(runs.today), bareStack: median(runs.bareStack) };
    return {
      lighthouse: {
        login: figures.login.score,
        today: figures.today.score,
        bareStack: figures.bareStack.score,
        runs: figures,
      },
      firstLoadRoutesKb: { login: routes.login.kb, today: routes.today.kb },
    };
  } finally {
    await lh.close();
    await bare.close();
    await server.stop();
  }
}

export function formatLighthouse(r: LighthouseBench): string[] {
  const row = (name: string, f: PageFigures) =>
    `  ${name.padEnd(11)} ${String(f.score).padStart(3)}  (TBT ${f.tbt} ms, LCP ${f.lcp} ms, FCP ${f.fcp} ms, ` +
    `CLS ${f.cls}; scores ${f.runs.map((x) => x.score).join(', ')})`;
  return [
    `Lighthouse mobile performance, median of ${r.lighthouse.runs.login.runs.length} (goal >= 95 each):`,
    row('login', r.lighthouse.runs.login),
    row('Heute', r.lighthouse.runs.today),
    row('bare stack', r.lighthouse.runs.bareStack),
    `First-load bytes per route (gzip, JS + CSS): login ${r.firstLoadRoutesKb.login} KiB, ` +
      `Heute ${r.firstLoadRoutesKb.today} KiB`,
  ];
}

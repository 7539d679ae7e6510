/**
 * `npm run bench:lighthouse`: Lighthouse mobile performance on login, "Heute" and the bare stack
 * (lighthouse-bench.ts) plus first-load bytes per route. Options: --runs=N (3), --port=N, --json.
 * Skips with exit code 0 and the install command when Lighthouse (not a dependency) is missing.
 */
import { benchGoals } from '../goals';
import { argValue } from '../stats';
import { formatLighthouse, lighthouseBench } from './lighthouse-bench';
import { firstLoadRouteBytes } from './route-bytes';

const json = process.argv.includes('--json');
const result = await lighthouseBench({
  runs: Number(argValue('runs') ?? 3),
  ...(argValue('port') ? { port: Number(argValue('port')) } : {}),
  log: (l) => console.log(l),
});
if ('skipped' in result) {
  console.error(`bench:lighthouse skipped: ${result.skipped}`);
  if (json) {
    const routes = firstLoadRouteBytes();
    console.log(
      JSON.stringify({
        lighthouse: result,
        firstLoadRoutesKb: { login: routes.login.kb, today: routes.today.kb },
      }),
    );
  }
  process.exit(0);
}
for (const l of formatLighthouse(result)) console.log(l);
if (json) {
  const { lighthouse, firstLoadRoutesKb } = result;
  // The goals of this part, as bench/goals.ts defines them for the full run.
  const all = benchGoals({
    firstLoadJsGzipBytes: 0,
    sync: [],
    pullScaling: [],
    noopThroughput: [],
    pouchdb: { skipped: 'not part of bench:lighthouse' },
    lighthouse: { login: lighthouse.login, today: lighthouse.today, bareStack: lighthouse.bareStack },
    firstLoadRoutesKb,
  });
  const { lighthouseLogin, lighthouseToday, lighthouseBareStack, firstLoadLoginKb, firstLoadTodayKb } = all;
  const goals = { lighthouseLogin, lighthouseToday, lighthouseBareStack, firstLoadLoginKb, firstLoadTodayKb };
  console.log(JSON.stringify({ lighthouse, firstLoadRoutesKb, goals }));
}

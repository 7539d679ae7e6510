import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { ChildConfig, ChildReady } from './child-server';

/**
 * `serverCpuUsPerRequest`: the server process's CPU time (user + system,
 * from /proc) divided by the requests it answered; robust on a busy machine.
 */
export type LoadFigures = {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  non2xx: number;
  errors: number;
  serverCpuUsPerRequest: number | null;
};
export type ThroughputResult = {
  dialect: string;
  connections: number;
  seconds: number;
  hello: LoadFigures;
  pull: LoadFigures;
  /** pull rate / hello-world rate, measured in the same run (goal >= 0.5); each the median of its rounds. */
  ratio: number;
  /** Requests per second of every round, in the order they ran (contenders alternate round by round). */
  rounds: { hello: number[]; pull: number[]; floor?: number[]; calibration?: number[] };
  /**
   * The same hello-world route spinning `workMicros` before it answers, in the same rounds: how far
   * this machine's rate falls for a few microseconds of work per request (on a small VM that runs
   * the load generator too, the first microseconds cost far more than their own time).
   */
  calibration?: { workMicros: number; figures: LoadFigures; ratio: number };
  coordinatorPull?: LoadFigures;
  /**
   * SQLite: the floor route (one raw statement, no Kysely or middleware) in the same run, and its rate / hello-world.
   */
  floor?: LoadFigures;
  floorRatio?: number;
};

const childScript = fileURLToPath(new URL('./child-server.ts', import.meta.url));

export type ForkedChild<Ready> = { ready: Ready; child: ChildProcess; stop: () => Promise<void> };

/**
 * Forks a TypeScript bench script into its own Node process (tsx loader), passes it `env`, and waits
 * for its `{ type: 'ready' }` message; BENCH_PROFILE_DIR=dir writes its CPU profile there. `stop`
 * asks it to exit and, should it not within `killAfterMs`, kills it, so no bench leaves a process behind.
 */
export async function forkBenchChild<Ready>(
  script: string,
  env: Record<string, string>,
  killAfterMs = 30_000,
): Promise<ForkedChild<Ready>> {
  const profile = process.env['BENCH_PROFILE_DIR']
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE_DIR']}`]
    : [];
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx', ...profile],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.removeAllListeners('exit');
      const kill = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      if (child.connected) child.send('stop');
      else child.kill('SIGTERM');
    });
  try {
    const ready = await new Promise<Ready>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`bench child ${script} exited with ${code}`)));
      child.on('message', (m) => {
        if ((m as { type?: string }).type === 'ready') resolve(m as Ready);
      });
    });
    return { ready, child, stop };
  } catch (err) {
    // A child that failed while starting may still be running (an error event, not an exit).
    await stop();
    throw err;
  }
}

/** Starts a bench server (child-server.ts) in its own Node process and waits until it listens. */
export const startChild = (config: ChildConfig): Promise<ForkedChild<ChildReady>> =>
  forkBenchChild<ChildReady>(childScript, { BENCH_CHILD: JSON.stringify(config) });

/** CPU seconds (user + system) a process has used so far, from /proc; null where there is no /proc. */
export function cpuSecondsOf(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** autocannon against one URL; a short warm-up first so JIT and pools are hot. */
export async function load(
  url: string,
  requestHeaders: Record<string, string>,
  connections: number,
  seconds: number,
  serverPid?: number,
): Promise<LoadFigures> {
  // What a browser sends; the server then decides per answer whether gzip pays.
  const headers = { 'accept-encoding': 'gzip, deflate, br', ...requestHeaders };
  await autocannon({ url, headers, connections: Math.min(connections, 50), duration: Math.min(2, seconds) });
  const cpu0 = cpuSecondsOf(serverPid);
  const r = await autocannon({ url, headers, connections, duration: seconds });
  const cpu1 = cpuSecondsOf(serverPid);
  return {
    serverCpuUsPerRequest:
      cpu0 !== null && cpu1 !== null && r.requests.total > 0
        ? Math.round(((cpu1 - cpu0) * 1e6) / r.requests.total)
        : null,
    requestsPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

/** The round with the median rate (an actual measurement, not a mix of rounds). */
const medianRound = (rounds: LoadFigures[]): LoadFigures =>
  [...rounds].sort((a, b) => a.requestsPerSec - b.requestsPerSec)[Math.floor((rounds.length - 1) / 2)]!;

/**
 * No-op pull throughput (cursor already current, valid session) versus a hello-world Hono route,
 * each server alone in its own process on @hono/node-server, the load generator in this one. Both
 * servers stay up and are loaded in turn, round by round (hello-world, pull, floor route), and each
 * reports its median round: on a shared machine a slow spell then falls on all of them alike instead
 * of on whichever happened to run during it. `seconds` is the total per contender.
 */
export async function noopThroughput(
  kind: 'sqlite' | 'postgres',
  pgUrl: string,
  options: {
    connections?: number;
    seconds?: number;
    entries?: number;
    rounds?: number;
    calibrationMicros?: number;
  } = {},
): Promise<ThroughputResult> {
  const connections = options.connections ?? 200;
  const workMicros = options.calibrationMicros ?? 5;
  const seconds = options.seconds ?? 15;
  const rounds = options.rounds ?? 3;
  const perRound = Math.max(1, Math.round(seconds / rounds));
  const hello = await startChild({ mode: 'hello' });
  const calibration =
    workMicros > 0
      ? await startChild({ mode: 'hello', workMicros }).catch(async (err: unknown) => {
          await hello.stop();
          throw err;
        })
      : undefined;
  try {
    const app = await startChild({ mode: 'app', kind, pgUrl, entries: options.entries ?? 10_000 });
    try {
      const runs: { hello: LoadFigures[]; pull: LoadFigures[]; floor: LoadFigures[]; calibration: LoadFigures[] } = {
        hello: [],
        pull: [],
        floor: [],
        calibration: [],
      };
      for (let i = 0; i < rounds; i++) {
        runs.hello.push(
          await load(
            `${hello.ready.url}${hello.ready.path}`,
            hello.ready.headers,
            connections,
            perRound,
            hello.child.pid,
          ),
        );
        if (calibration)
          runs.calibration.push(
            await load(
              `${calibration.ready.url}${calibration.ready.path}`,
              {},
              connections,
              perRound,
              calibration.child.pid,
            ),
          );
        runs.pull.push(
          await load(`${app.ready.url}${app.ready.path}`, app.ready.headers, connections, perRound, app.child.pid),
        );
        if (app.ready.floorUrl)
          runs.floor.push(
            await load(
              `${app.ready.floorUrl}${app.ready.path}`,
              app.ready.headers,
              connections,
              perRound,
              app.child.pid,
            ),
          );
      }
      const helloFigures = medianRound(runs.hello);
      const ratioOf = (f: LoadFigures) => Math.round((f.requestsPerSec / helloFigures.requestsPerSec) * 100) / 100;
      const pull = medianRound(runs.pull);
      const result: ThroughputResult = {
        dialect: kind,
        connections,
        seconds: perRound * rounds,
        rounds: {
          hello: runs.hello.map((r) => r.requestsPerSec),
          pull: runs.pull.map((r) => r.requestsPerSec),
          ...(runs.floor.length ? { floor: runs.floor.map((r) => r.requestsPerSec) } : {}),
        },
        hello: helloFigures,
        pull,
        ratio: ratioOf(pull),
      };
      if (runs.floor.length) {
        const floor = medianRound(runs.floor);
        Object.assign(result, { floor, floorRatio: ratioOf(floor) });
      }
      if (runs.calibration.length) {
        const figures = medianRound(runs.calibration);
        result.rounds.calibration = runs.calibration.map((r) => r.requestsPerSec);
        result.calibration = { workMicros, figures, ratio: ratioOf(figures) };
      }
      return result;
    } finally {
      await app.stop();
    }
  } finally {
    await calibration?.stop();
    await hello.stop();
  }
}

const fig = (f: LoadFigures) =>
  `${f.requestsPerSec} req/s, p99 ${f.p99Ms} ms, server CPU ${f.serverCpuUsPerRequest ?? '?'} µs/req` +
  (f.non2xx || f.errors ? ` (${f.non2xx} non-2xx, ${f.errors} errors)` : '');

export const formatThroughput = (r: ThroughputResult): string =>
  `${r.dialect.padEnd(8)} no-op pull x${r.connections} connections, ` +
  `${r.seconds} s each in ${r.rounds.pull.length} alternating rounds, median round: ${fig(r.pull)} | ` +
  `hello-world Hono: ${fig(r.hello)} | ratio ${Math.round(r.ratio * 100)} % (goal >= 50 %)` +
  (r.floor
    ? ` | floor route (one raw statement, reference): ${fig(r.floor)}, ratio ${Math.round((r.floorRatio ?? 0) * 100)} %`
    : '') +
  (r.calibration
    ? ` | calibration, hello-world spinning ${r.calibration.workMicros} µs per request: ` +
      `${fig(r.calibration.figures)}, ratio ${Math.round(r.calibration.ratio * 100)} %`
    : '') +
  ` | rounds req/s: hello ${r.rounds.hello.join(', ')}; pull ${r.rounds.pull.join(', ')}` +
  (r.rounds.floor ? `; floor ${r.rounds.floor.join(', ')}` : '') +
  (r.rounds.calibration ? `; calibration ${r.rounds.calibration.join(', ')}` : '');

import { sql } from 'kysely';
import { newId } from '../shared/ids/ids';
import { demoLogins } from '../server/demo/data';
import { addStaff, addTimeEntries, bulkTarget, currentRev, timeEntryCount } from './bulk-data';
import { startBenchServer, technicianEmail } from './bench-server';
import { getJson } from './http-client';
import { countLabel, msSince, type Summary, summarize, timeSequential } from './stats';

export type PullCase = Summary & { rows: number };
export type PullAtSize = {
  size: number;
  loadMs: number;
  /** Baseline in the same run: GET /api/auth/me (session lookup, tiny JSON). */
  baseline: Summary;
  technician: { noChange: PullCase; latest100: PullCase };
  coordinator: { noChange: PullCase; latest100: PullCase };
};
export type PullScaling = {
  dialect: string;
  people: number;
  technicianEntries: number;
  samples: number;
  sizes: PullAtSize[];
  flatness: Record<string, number>;
};

export const coordinatorEmail = (): string => demoLogins().find((l) => l.role === 'Koordinator')!.email;

const TECH_ENTRIES = 2000;
const EXTRA_PEOPLE = 1000;

/**
 * Pull latency as the time-entry table grows (rows added between measurements, same server):
 * a no-change pull at the current cursor and a pull of the latest 100 revisions, as staff and as coordinator.
 */
export async function pullScaling(
  kind: 'sqlite' | 'postgres',
  pgUrl: string,
  sizes: number[],
  samples = 30,
  log: (line: string) => void = () => {},
): Promise<PullScaling> {
  const server = await startBenchServer(kind, pgUrl, { email: technicianEmail(), count: 0 });
  try {
    const target = await bulkTarget(server.db, server.dialect === 'postgres' ? 'postgres' : 'sqlite');
    const staff = await addStaff(target, EXTRA_PEOPLE);
    const tech = await server.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', technicianEmail())
      .executeTakeFirstOrThrow();
    const techCookie = await server.cookieFor(technicianEmail());
    const coordCookie = await server.cookieFor(coordinatorEmail());
    let techGiven = 0;
    const out: PullAtSize[] = [];
    for (const size of [...sizes].sort((a, b) => a - b)) {
      const missing = size - (await timeEntryCount(server.db));
      const s = process.hrtime.bigint();
      // The technician's own rows are interleaved with everybody else's until she has TECH_ENTRIES.
      await addTimeEntries(target, missing, (i) =>
        techGiven < TECH_ENTRIES && i % 5 === 0 ? (techGiven++, tech.id) : staff[i % staff.length]!,
      );
      const loadMs = Math.round(msSince(s));
      const rev = await currentRev(server.db, target.associationId);
      const get = async (cookie: string, path: string): Promise<number> => {
        const body = await getJson<{ upserts?: Record<string, unknown[]> }>(`${server.url}${path}`, {
          cookie,
          'x-sync-protocol': '1',
        });
        return Object.values(body.upserts ?? {}).reduce((n, rows) => n + rows.length, 0);
      };
      const measure = async (cookie: string, cursor: number): Promise<PullCase> => {
        const path = `/api/sync/pull?cursor=${cursor}&clientId=${newId()}`;
        const rows = await get(cookie, path);
        return { ...summarize(await timeSequential(samples, () => get(cookie, path))), rows };
      };
      const baseline = summarize(await timeSequential(samples, () => get(techCookie, '/api/auth/me')));
      const at: PullAtSize = {
        size,
        loadMs,
        baseline,
        technician: { noChange: await measure(techCookie, rev), latest100: await measure(techCookie, rev - 100) },
        coordinator: { noChange: await measure(coordCookie, rev), latest100: await measure(coordCookie, rev - 100) },
      };
      out.push(at);
      log(formatPullAtSize(kind, at));
    }
    const first = out[0]!;
    const last = out[out.length - 1]!;
    const ratio = (f: (x: PullAtSize) => PullCase) => Math.round((f(last).medianMs / f(first).medianMs) * 100) / 100;
    const flatness = {
      technicianNoChange: ratio((x) => x.technician.noChange),
      technicianLatest100: ratio((x) => x.technician.latest100),
      coordinatorNoChange: ratio((x) => x.coordinator.noChange),
      coordinatorLatest100: ratio((x) => x.coordinator.latest100),
    };
    return { dialect: kind, people: EXTRA_PEOPLE, technicianEntries: techGiven, samples, sizes: out, flatness };
  } finally {
    await server.close();
  }
}

const fmt = (c: Summary) => `${c.medianMs.toFixed(2)}/${c.p95Ms.toFixed(2)}`;

export function formatPullAtSize(dialect: string, a: PullAtSize): string {
  return (
    `${dialect.padEnd(8)} pull @ ${countLabel(a.size).padStart(4)} entries ` +
    `(loaded in ${(a.loadMs / 1000).toFixed(1)} s), median/p95 ms: ` +
    `technician no-change ${fmt(a.technician.noChange)}, latest-100 ${fmt(a.technician.latest100)} ` +
    `(${a.technician.latest100.rows} rows) | ` +
    `coordinator no-change ${fmt(a.coordinator.noChange)}, latest-100 ${fmt(a.coordinator.latest100)} ` +
    `(${a.coordinator.latest100.rows} rows) | baseline /api/auth/me ${fmt(a.baseline)}`
  );
}

export function formatFlatness(r: PullScaling): string {
  const f = r.flatness;
  const from = countLabel(r.sizes[0]!.size);
  const to = countLabel(r.sizes[r.sizes.length - 1]!.size);
  return (
    `${r.dialect.padEnd(8)} pull median ${to}/${from}: ` +
    `technician no-change ${f.technicianNoChange}x, latest-100 ${f.technicianLatest100}x | ` +
    `coordinator no-change ${f.coordinatorNoChange}x, latest-100 ${f.coordinatorLatest100}x (goal <= 1.5x)`
  );
}

/** Query plans of the pull's time-entry reads, for a look when latency is not flat. */
export async function explainPull(
  kind: 'sqlite' | 'postgres',
  db: Parameters<typeof currentRev>[0],
  associationId: string,
  personId: string,
  cursor: number,
): Promise<string[]> {
  const q = sql`select * from time_entries
    where association_id = ${associationId} and person_id = ${personId} and rev > ${cursor} order by rev limit 2001`;
  const all = sql`select * from time_entries
    where association_id = ${associationId} and rev > ${cursor} order by rev limit 2001`;
  const lines: string[] = [];
  for (const query of [q, all]) {
    const prefix = kind === 'sqlite' ? sql`explain query plan ` : sql`explain analyze `;
    const res = await sql<Record<string, unknown>>`${prefix}${query}`.execute(db);
    lines.push(...res.rows.map((r) => String(r['detail'] ?? r['QUERY PLAN'] ?? JSON.stringify(r))));
  }
  return lines;
}

import { pathToFileURL } from 'node:url';
import { startBenchServer, technicianEmail } from './bench-server';
import { CHANGES, checkpointBeforePush, pgReachable, timedPush } from './push-floor';
import { argValue, percentile } from './stats';

export type AuditOverhead = {
  dialect: string;
  /** Fastest of the runs: on a shared machine, what other processes add only ever slows a run down. */
  withAuditMs: number;
  withoutAuditMs: number;
  overheadPct: number;
  /** The medians too, for comparison with the push floor's figures. */
  withAuditMedianMs: number;
  withoutAuditMedianMs: number;
  /**
   * The same comparison in CPU time of this process (fastest run), which other processes on the machine
   * hardly move. With SQLite it holds the whole push (server, driver, database); with PostgreSQL only
   * this side of it, so it is shown there for information.
   */
  cpuOverheadPct: number;
  runs: number;
};

/**
 * What the audit log costs a push of 1,000 changes (issue 15: at most 10 %): the same push with the
 * audit log written and without it, on one server in one run, switched through Deps.auditSyncChanges.
 * Runs alternate which side goes first, so a drift of the machine falls on both. The figure compares
 * the fastest run of each side after one unmeasured warm-up: the difference is a few milliseconds, and
 * on a machine others use too (load 5 on 2 cores while this was written) medians moved by more.
 */
export async function auditOverhead(kind: 'sqlite' | 'postgres', pgUrl: string, runs = 10): Promise<AuditOverhead> {
  let audit = true;
  const server = await startBenchServer(
    kind,
    pgUrl,
    { email: technicianEmail(), count: 10_000 },
    { auditSyncChanges: () => audit },
  );
  try {
    const cookie = await server.cookieFor(technicianEmail());
    const { associationId } = await server.db
      .selectFrom('people')
      .select('associationId')
      .where('email', '=', technicianEmail())
      .executeTakeFirstOrThrow();
    const pick = (table: 'municipalities' | 'serviceTypes') =>
      server.db.selectFrom(table).select('id').where('associationId', '=', associationId).executeTakeFirstOrThrow();
    const refs = { municipalityId: (await pick('municipalities')).id, serviceTypeId: (await pick('serviceTypes')).id };
    const auditRows = async () =>
      Number(
        (
          await server.db
            .selectFrom('auditLog')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const timed = async (withAudit: boolean, tag: string): Promise<{ ms: number; cpuMs: number }> => {
      audit = withAudit;
      await checkpointBeforePush(server.raw);
      const before = await auditRows();
      const cpu = process.cpuUsage();
      const ms = await timedPush(server, cookie, refs, tag);
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      // The comparison is only fair if the switch did what it says.
      const written = (await auditRows()) - before;
      if (written !== (withAudit ? CHANGES : 0))
        throw new Error(`expected ${withAudit ? CHANGES : 0} audit rows, found ${written}`);
      return { ms, cpuMs };
    };
    const withAudit: number[] = [];
    const without: number[] = [];
    const cpuWith: number[] = [];
    const cpuWithout: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const order = run % 2 === 0 ? [true, false] : [false, true];
      for (const side of order) {
        const { ms, cpuMs } = await timed(side, `audit-${run}-${side}`);
        if (run === 0) continue;
        (side ? withAudit : without).push(ms);
        (side ? cpuWith : cpuWithout).push(cpuMs);
      }
    }
    const withAuditMs = Math.min(...withAudit);
    const withoutAuditMs = Math.min(...without);
    const tenth = (n: number) => Math.round(n * 10) / 10;
    return {
      dialect: kind,
      withAuditMs: tenth(withAuditMs),
      withoutAuditMs: tenth(withoutAuditMs),
      overheadPct: tenth(((withAuditMs - withoutAuditMs) / withoutAuditMs) * 100),
      withAuditMedianMs: tenth(percentile(withAudit, 50)),
      withoutAuditMedianMs: tenth(percentile(without, 50)),
      cpuOverheadPct: tenth((Math.min(...cpuWith) / Math.min(...cpuWithout) - 1) * 100),
      runs,
    };
  } finally {
    await server.close();
  }
}

export const formatAuditOverhead = (r: AuditOverhead): string =>
  `${r.dialect.padEnd(8)} push of 1,000 changes with the audit log: ${r.withAuditMs} ms | without: ` +
  `${r.withoutAuditMs} ms | audit overhead ${r.overheadPct} % (fastest of ${r.runs}; medians ` +
  `${r.withAuditMedianMs} / ${r.withoutAuditMedianMs} ms; CPU time of this process +${r.cpuOverheadPct} %)`;

// `npm run bench:audit [-- --runs=10 --json]`
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const runs = Number(argValue('runs') ?? 10);
  const json = process.argv.includes('--json');
  const results = [await auditOverhead('sqlite', pgUrl, runs)];
  if (await pgReachable(pgUrl)) results.push(await auditOverhead('postgres', pgUrl, runs));
  else if (!json) console.log(`PostgreSQL not reachable at ${pgUrl}: skipped (set BENCH_DATABASE_URL)`);
  const worst = Math.max(...results.map((r) => r.overheadPct));
  const goals = {
    auditOverheadSqlitePct: results.find((r) => r.dialect === 'sqlite')?.overheadPct ?? null,
    auditOverheadPostgresPct: results.find((r) => r.dialect === 'postgres')?.overheadPct ?? null,
    auditOverheadPct: worst,
  };
  if (json) console.log(JSON.stringify({ auditOverhead: results, goals }));
  else {
    for (const r of results) console.log(formatAuditOverhead(r));
    console.log(`auditOverheadPct: ${worst} % (goal <= 10)`);
  }
}

import { pathToFileURL } from 'node:url';
import { startBenchServer, technicianEmail } from './bench-server';
import { CHANGES, checkpointBeforePush, pgReachable, timedPush } from './push-floor';
import { argValue, percentile } from './stats';

export type AuditOverhead = {
  dialect: string;
  withAuditMs: number;
  withoutAuditMs: number;
  overheadPct: number;
  runs: number;
};

/**
 * What the audit log costs a push of 1,000 changes (issue 15: at most 10 %): the same push with the
 * audit log written and without it, on one server in one run, switched through Deps.auditSyncChanges.
 * Runs alternate which side goes first, so a drift of the machine falls on both; medians after one
 * unmeasured warm-up of each.
 */
export async function auditOverhead(kind: 'sqlite' | 'postgres', pgUrl: string, runs = 7): Promise<AuditOverhead> {
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
        (await server.db.selectFrom('auditLog').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n,
      );
    const timed = async (withAudit: boolean, tag: string): Promise<number> => {
      audit = withAudit;
      await checkpointBeforePush(server.raw);
      const before = await auditRows();
      const ms = await timedPush(server, cookie, refs, tag);
      // The comparison is only fair if the switch did what it says.
      const written = (await auditRows()) - before;
      if (written !== (withAudit ? CHANGES : 0)) throw new Error(`expected ${withAudit ? CHANGES : 0} audit rows, found ${written}`);
      return ms;
    };
    const withAudit: number[] = [];
    const without: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const order = run % 2 === 0 ? [true, false] : [false, true];
      for (const side of order) {
        const ms = await timed(side, `audit-${run}-${side}`);
        if (run > 0) (side ? withAudit : without).push(ms);
      }
    }
    const withAuditMs = percentile(withAudit, 50);
    const withoutAuditMs = percentile(without, 50);
    return {
      dialect: kind,
      withAuditMs: Math.round(withAuditMs * 10) / 10,
      withoutAuditMs: Math.round(withoutAuditMs * 10) / 10,
      overheadPct: Math.round(((withAuditMs - withoutAuditMs) / withoutAuditMs) * 1000) / 10,
      runs,
    };
  } finally {
    await server.close();
  }
}

export const formatAuditOverhead = (r: AuditOverhead): string =>
  `${r.dialect.padEnd(8)} push of 1,000 changes with the audit log: ${r.withAuditMs} ms | without: ` +
  `${r.withoutAuditMs} ms | audit overhead ${r.overheadPct} % (median of ${r.runs})`;

// `npm run bench:audit [-- --runs=7 --json]`
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const runs = Number(argValue('runs') ?? 7);
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

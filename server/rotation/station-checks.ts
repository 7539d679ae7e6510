import { can } from '../../shared/capabilities/capabilities';
import type { Issue } from '../../shared/errors/errors';
import { mentorIssue, overlapIssue, overlapsOf, stationIssues } from '../../shared/rotation/rules';
import type { Station, StationInput } from '../../shared/rotation/schema';
import { refuse } from '../masterdata/admin-writes';
import type { MutationContext, Outcome } from '../sync/mutation-context';
import { toStation } from './fields';

/** The roles of a live person of the association (the row store reads only the association's rows). */
async function rolesOf(ctx: MutationContext, id: string): Promise<{ roles: string[] } | null> {
  const row = await ctx.rows.live('people', id);
  if (!row) return null;
  const roles: unknown = typeof row.roles === 'string' ? JSON.parse(row.roles) : row.roles;
  return { roles: Array.isArray(roles) ? roles.map(String) : [] };
}

/**
 * The apprentice's other live stations that might overlap `s`, as this push sees them: rows it wrote
 * count as written. The push holds the association's write lock (write-path.ts), so no other push adds
 * one meanwhile: of two coordinators adding overlapping stations at once, the second meets the first.
 */
async function stationsAround(ctx: MutationContext, s: StationInput & { id: string }): Promise<Station[]> {
  const found = new Map<string, Station>();
  for (const w of ctx.rows.writes().rows)
    if (w.table === 'rotationStations' && w.row.apprenticeId === s.apprenticeId && Number(w.row.deleted) === 0)
      found.set(String(w.row.id), toStation(w.row));
  const rows = await ctx.trx
    .selectFrom('rotationStations')
    .selectAll()
    .where('associationId', '=', ctx.user.associationId)
    .where('apprenticeId', '=', s.apprenticeId)
    .where('deleted', '=', 0)
    .where('startsOn', '<=', s.endsOn)
    .where('endsOn', '>=', s.startsOn)
    .execute();
  for (const r of rows) {
    if (found.has(r.id)) continue;
    const now = ctx.rows.peek('rotationStations', r.id);
    if (now === null || (now && Number(now.deleted) !== 0)) continue;
    found.set(r.id, toStation(now ?? r));
  }
  return [...found.values()];
}

/** Refuses a station that breaks a rule, naming the field; `reply` is the server's row for updates. */
export async function checkStation(
  ctx: MutationContext,
  s: StationInput & { id: string },
  reply: Outcome['row'] = null,
): Promise<void> {
  const issues: Issue[] = stationIssues(s);
  const apprentice = await rolesOf(ctx, s.apprenticeId);
  if (!apprentice) issues.push({ path: 'apprenticeId', code: 'unknown_reference', message: 'Unknown person' });
  else if (!can(apprentice, 'training.keep-record'))
    issues.push({ path: 'apprenticeId', code: 'not_an_apprentice', message: 'This person is no apprentice' });
  if (!(await ctx.rows.live('municipalities', s.municipalityId)))
    issues.push({ path: 'municipalityId', code: 'unknown_reference', message: 'Unknown municipality' });
  const mentor = mentorIssue('mentorId', await rolesOf(ctx, s.mentorId));
  if (mentor) issues.push(mentor);
  const deputy = s.deputyId === null ? null : mentorIssue('deputyId', await rolesOf(ctx, s.deputyId));
  if (deputy) issues.push(deputy);
  if (issues.length > 0) refuse(issues, reply);
  const [other] = overlapsOf(s, await stationsAround(ctx, s));
  if (other) refuse([overlapIssue(other)], reply);
}

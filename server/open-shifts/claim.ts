import type { Assignment } from '../../shared/assignments/schema';
import { can } from '../../shared/capabilities/capabilities';
import { AppError } from '../../shared/errors/errors';
import type { ClaimResponse, OpenShift } from '../../shared/open-shifts/schema';
import { assertNotDoubleBooked } from '../assignments/double-booking';
import { assertWithinWorkingTime, WORKING_TIME } from '../assignments/working-time';
import { assignmentParams, notify } from '../notifications/notify';
import { type MutationContext, Rejection } from '../sync/mutation-context';
import { insertRow, updateRow } from '../sync/row-writes';
import { holdsSkills } from './eligible';
import { toOpenShift } from './fields';

export type Warning = ClaimResponse['warnings'][number];

/** The shift as the caller may see it: planners all, others those they were eligible for or claimed. */
export async function visibleShift(ctx: MutationContext, id: string): Promise<OpenShift> {
  const found = await ctx.rows.live('openShifts', id);
  const shift = found ? toOpenShift(found) : null;
  const sees = shift && (can(ctx.user, 'assignments.plan') || shift.eligibleIds.includes(ctx.user.id));
  if (!shift || !(sees || shift.claimedBy === ctx.user.id)) throw new AppError('not_found', 'Open shift not found');
  return shift;
}

/** The assignment a claim makes; its id is the shift's, so no path can make two for one shift. */
export const assignmentOf = (s: OpenShift, personId: string, now: Date): Assignment => ({
  id: s.id,
  rev: 0,
  updatedAt: now.toISOString(),
  personId,
  municipalityId: s.municipalityId,
  siteId: s.siteId,
  serviceTypeId: s.serviceTypeId,
  plannedStart: s.plannedStart,
  plannedEnd: s.plannedEnd,
  task: s.task,
  status: 'planned',
  workerNotes: '',
  ruleOverride: null,
});

/**
 * The rule packs' warnings for the claimant (shared/working-time via the board's check); a double
 * booking is no warning but a refusal, as on the board.
 */
export async function claimWarnings(ctx: MutationContext, a: Assignment): Promise<Warning[]> {
  await assertNotDoubleBooked(ctx, a, null);
  try {
    await assertWithinWorkingTime(ctx, a, [], null);
    return [];
  } catch (err) {
    if (!(err instanceof Rejection) || err.code !== WORKING_TIME) throw err;
    return (err.details ?? []).map((d) => {
      const [paragraph = d.message, date = ''] = d.message.split(' (');
      return { rule: d.code, paragraph, date: date.replace(')', '') };
    });
  }
}

async function takenAnswer(ctx: MutationContext, shift: OpenShift): Promise<never> {
  if (shift.state === 'withdrawn') throw new AppError('already_taken', 'The shift was withdrawn');
  const person = shift.claimedBy ? await ctx.rows.find('people', shift.claimedBy) : null;
  const name = typeof person?.displayName === 'string' ? person.displayName : '';
  throw new AppError('already_taken', `Already taken by ${name}`, [
    { path: 'claimedBy', code: 'already_taken', message: name },
  ]);
}

/**
 * The first valid claim wins: claims run one after another under the association's write lock, so the
 * second finds the shift no longer open. A claim is immediate unless the coordinator asked to confirm or
 * the rule packs warn; then it waits (pending) and the coordinator decides with the warnings in view.
 */
export async function claimShift(ctx: MutationContext, id: string): Promise<ClaimResponse> {
  // Not visibleShift: someone not eligible learns which skill they lack rather than a bare 404 (skills
  // gained since publishing count: the check below is against today's skills).
  const found = await ctx.rows.live('openShifts', id);
  if (!found) throw new AppError('not_found', 'Open shift not found');
  const shift = toOpenShift(found);
  if (shift.state !== 'open') {
    // The same person asking again (a retry after a lost answer) gets the claim they already have.
    if (shift.claimedBy === ctx.user.id && shift.state !== 'withdrawn') return { shift, warnings: [] };
    return takenAnswer(ctx, shift);
  }
  const me = await ctx.rows.live('people', ctx.user.id);
  const skills = me ? (JSON.parse(String(me.skills)) as string[]) : [];
  const missing = shift.skills.filter((s) => !skills.includes(s));
  if (!holdsSkills(skills, shift.skills))
    throw new AppError('missing_skill', `This shift needs: ${missing.join(', ')}`, [
      { path: 'skills', code: 'missing_skill', message: missing.join(', ') },
    ]);
  const assignment = assignmentOf(shift, ctx.user.id, ctx.now);
  const warnings = await claimWarnings(ctx, assignment);
  const waits = shift.needsConfirmation || warnings.length > 0;
  const claimedAt = ctx.now.toISOString();
  const next: OpenShift = waits
    ? { ...shift, state: 'pending', claimedBy: ctx.user.id, claimedAt }
    : { ...shift, state: 'taken', claimedBy: ctx.user.id, claimedAt, assignmentId: assignment.id };
  if (!waits) await insertRow(ctx, 'assignments', assignment, { createdAt: claimedAt });
  const written = await updateRow(ctx, 'openShifts', shift, next);
  const params = await assignmentParams(ctx, assignment);
  await notify(ctx, shift.publishedBy, 'openShift.claimed', { ...params, person: String(me?.displayName ?? '') });
  return { shift: { ...next, ...written }, warnings };
}

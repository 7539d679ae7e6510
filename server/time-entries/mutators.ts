import { checkTimeEntry } from '../../shared/time-entries/rules';
import { type TimeEntry, timeEntrySchema } from '../../shared/time-entries/schema';
import { can } from '../../shared/capabilities/capabilities';
import { issuesFromZod } from '../../shared/errors/errors';
import type { MutationArgs } from '../../shared/sync/protocol';
import { differingFields, threeWayMerge } from '../../shared/sync/merge';
import { todayIn } from '../../shared/time/dates';
import { toTimeEntry } from './fields';
import { assertExists, assertSiteIn, type MutationContext, type Outcome, Rejection } from '../sync/mutation-context';
import { deleteRow, insertRow, updateRow } from '../sync/row-writes';

async function load(ctx: MutationContext, id: string): Promise<TimeEntry | null> {
  const row = await ctx.rows.live('timeEntries', id);
  return row ? toTimeEntry(row) : null;
}

/**
 * Rules and references the server checks for every new state of an entry (the form checks the same rules).
 * `fieldsChecked`: every field already passed the row's own field schemas, so parsing the row again
 * cannot fail (a create: the route parsed its arguments with them, protocol.ts, and the server adds the rest).
 */
async function validate(
  ctx: MutationContext,
  entry: TimeEntry,
  changed: readonly string[],
  fieldsChecked = false,
): Promise<void> {
  const parsed = fieldsChecked ? null : timeEntrySchema.safeParse(entry);
  if (parsed && !parsed.success)
    throw new Rejection('validation_failed', 'Invalid time entry', null, issuesFromZod(parsed.error));
  const issues = checkTimeEntry(entry, todayIn(ctx.user.timeZone, ctx.now));
  if (issues.length > 0) throw new Rejection(issues[0]!.code, issues.map((i) => i.message).join(' '), null, issues);
  if (changed.includes('municipalityId')) await assertExists(ctx, 'municipalities', entry.municipalityId);
  if (changed.includes('serviceTypeId')) await assertExists(ctx, 'serviceTypes', entry.serviceTypeId);
  if (entry.siteId && (changed.includes('siteId') || changed.includes('municipalityId')))
    await assertSiteIn(ctx, entry.siteId, entry.municipalityId);
  if (entry.assignmentId && changed.includes('assignmentId')) {
    const a = await ctx.rows.live('assignments', entry.assignmentId);
    if (!a || a.personId !== ctx.user.id) throw new Rejection('unknown_reference', 'Assignment is not yours');
  }
}

export async function createTimeEntry(ctx: MutationContext, args: MutationArgs<'timeEntry.create'>): Promise<Outcome> {
  const { user, now } = ctx;
  if (!can(user, 'time.log-own')) throw new Rejection('forbidden', 'You may not log hours');
  // Ids are unique per association (migration 006): another association's ids are not even looked at.
  const existing = await ctx.rows.find('timeEntries', args.id);
  if (existing)
    throw new Rejection(
      'id_taken',
      'An entry with this id exists already',
      existing.personId === user.id ? await load(ctx, args.id) : null,
    );
  const stamp = now.toISOString();
  // Object.assign, not a spread: V8 spreads the parsed arguments (a dictionary-like object from the
  // validator) into a literal with more keys about twenty times slower, a large share of a create.
  const draft: TimeEntry = Object.assign({}, args, { personId: user.id, rev: 0, updatedAt: stamp });
  await validate(ctx, draft, ['municipalityId', 'serviceTypeId', 'siteId', 'assignmentId'], true);
  // No other push of the association can insert this id meanwhile: it waits for the write lock (write-path.ts).
  const rev = await insertRow(ctx, 'timeEntries', draft, {
    createdAt: stamp,
    submittedAt: draft.state === 'submitted' ? stamp : null,
  });
  return { status: 'applied', row: { ...draft, rev } };
}

async function loadOwnEditable(ctx: MutationContext, id: string): Promise<TimeEntry | Outcome> {
  // Roles change: someone who may no longer log hours cannot change the ones logged before either.
  if (!can(ctx.user, 'time.log-own')) throw new Rejection('forbidden', 'You may not log hours');
  const row = await load(ctx, id);
  if (!row)
    return { status: 'conflict', code: 'deleted_on_server', message: 'The entry was deleted meanwhile', row: null };
  if (row.personId !== ctx.user.id) throw new Rejection('forbidden', 'Not your entry');
  if (row.state === 'submitted') throw new Rejection('entry_locked', 'Submitted entries cannot be changed', row);
  return row;
}

export async function updateTimeEntry(ctx: MutationContext, args: MutationArgs<'timeEntry.update'>): Promise<Outcome> {
  const row = await loadOwnEditable(ctx, args.id);
  if (!('personId' in row)) return row;
  const { merged, conflicts, changedFields } = threeWayMerge(row, args.base, args.changes);
  if (conflicts.length > 0) {
    return {
      status: 'conflict',
      code: 'edited_elsewhere',
      message: 'Changed on another device',
      fields: conflicts.map(String),
      row,
    };
  }
  const status = row.rev === args.baseRev ? 'applied' : 'merged';
  if (changedFields.length === 0) return { status, row };
  await validate(ctx, merged, changedFields.map(String));
  const stamp = ctx.now.toISOString();
  const written = await updateRow(
    ctx,
    'timeEntries',
    row,
    merged,
    merged.state === 'submitted' ? { submittedAt: stamp } : {},
  );
  return { status, row: { ...merged, ...written } };
}

export async function deleteTimeEntry(ctx: MutationContext, args: MutationArgs<'timeEntry.delete'>): Promise<Outcome> {
  const row = await loadOwnEditable(ctx, args.id);
  // Deleting what is already gone is the wish fulfilled.
  if (!('personId' in row)) return { status: 'applied', row: null };
  const moved = differingFields(row, args.base);
  if (moved.length > 0) {
    return {
      status: 'conflict',
      code: 'changed_before_delete',
      message: 'The entry was changed on another device before this delete',
      fields: moved.map(String),
      row,
    };
  }
  await deleteRow(ctx, 'timeEntries', row.id);
  return { status: 'applied', row: null };
}

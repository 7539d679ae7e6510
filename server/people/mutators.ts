import { can } from '../../shared/capabilities/capabilities';
import { issuesFromZod } from '../../shared/errors/errors';
import { checkProfile } from '../../shared/people/rules';
import { type PersonProfile, personProfileSchema } from '../../shared/people/schema';
import { threeWayMerge } from '../../shared/sync/merge';
import type { MutationArgs } from '../../shared/sync/protocol';
import { todayIn } from '../../shared/time/dates';
import { assertExists, type MutationContext, type Outcome, Rejection } from '../sync/mutation-context';
import { insertRow, updateRow } from '../sync/row-writes';
import { assertEmailFree } from './email-claims';
import { publicColumnsOf, toPersonProfile } from './fields';

function assertManager(ctx: MutationContext): void {
  if (!can(ctx.user, 'association.manage')) throw new Rejection('forbidden', 'You may not manage people');
}

/** Rules every new state of a profile keeps; `changed` names the fields whose references to check. */
async function validate(ctx: MutationContext, p: PersonProfile, changed: readonly string[]): Promise<void> {
  const parsed = personProfileSchema.safeParse(p);
  if (!parsed.success) throw new Rejection('validation_failed', 'Invalid profile', null, issuesFromZod(parsed.error));
  const issues = checkProfile(p, todayIn(ctx.user.timeZone, ctx.now));
  if (issues.length > 0) throw new Rejection(issues[0]!.code, issues.map((i) => i.message).join(' '), null, issues);
  if (p.municipalityId && changed.includes('municipalityId'))
    await assertExists(ctx, 'municipalities', p.municipalityId);
  if (changed.includes('email')) await assertEmailFree(ctx, p.email, p.id);
}

/**
 * A new person: the profile and the public `people` row in the same push. No password: the person is
 * invited later; `active` starts as a new people row has it.
 */
export async function createPersonProfile(
  ctx: MutationContext,
  args: MutationArgs<'personProfile.create'>,
): Promise<Outcome> {
  assertManager(ctx);
  // Person ids are global (people.id is the primary key), so another association's count too: refused as
  // "taken" and no more, never left to fail the whole push at its end.
  const elsewhere = await ctx.trx.selectFrom('people').select('id').where('id', '=', args.id).executeTakeFirst();
  if (elsewhere || (await ctx.rows.find('people', args.id)))
    throw new Rejection('id_taken', 'A person with this id exists already');
  const draft: PersonProfile = Object.assign({}, args, { rev: 0, updatedAt: ctx.now.toISOString() });
  await validate(ctx, draft, ['municipalityId', 'email']);
  const { email, ...publicColumns } = publicColumnsOf(draft);
  await insertRow(
    ctx,
    'people',
    { id: draft.id, displayName: draft.displayName, roles: draft.roles, skills: draft.skills, active: true },
    { email, municipalityId: publicColumns.municipalityId, passwordHash: null, createdAt: ctx.now.toISOString() },
  );
  const rev = await insertRow(ctx, 'personProfiles', draft);
  return { status: 'applied', row: { ...draft, rev, updatedAt: ctx.now.toISOString() } };
}

/** Field-level three-way merge as for time entries: the same field changed by two admins is a conflict. */
export async function updatePersonProfile(
  ctx: MutationContext,
  args: MutationArgs<'personProfile.update'>,
): Promise<Outcome> {
  assertManager(ctx);
  const found = await ctx.rows.live('personProfiles', args.id);
  if (!found) throw new Rejection('not_found', 'Person not found');
  const row = toPersonProfile(found);
  const { merged, conflicts, changedFields } = threeWayMerge(row, args.base, args.changes);
  if (conflicts.length > 0)
    return {
      status: 'conflict',
      code: 'edited_elsewhere',
      message: 'Changed elsewhere meanwhile',
      fields: conflicts.map(String),
      row,
    };
  const status = row.rev === args.baseRev ? 'applied' : 'merged';
  if (changedFields.length === 0) return { status, row };
  // An association whose only administrator demoted herself could never be managed again.
  if (args.id === ctx.user.id && row.roles.includes('admin') && !merged.roles.includes('admin'))
    throw new Rejection('own_admin_role', 'You cannot remove your own administrator role', row, [
      { path: 'roles', code: 'own_admin_role', message: 'You cannot remove your own administrator role' },
    ]);
  try {
    await validate(ctx, merged, changedFields.map(String));
  } catch (err) {
    if (err instanceof Rejection) throw new Rejection(err.code, err.message, row, err.details);
    throw err;
  }
  const person = await ctx.rows.live('people', args.id);
  if (!person) throw new Rejection('not_found', 'Person not found', row);
  await updateRow(ctx, 'people', person as Record<string, unknown> & { id: string }, {}, publicColumnsOf(merged));
  const written = await updateRow(ctx, 'personProfiles', row, merged);
  return { status, row: { ...merged, ...written } };
}

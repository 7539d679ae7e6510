import { type CoverActor, actorOf, checkCoverRequest } from '../../shared/cover-requests/states';
import type { CoverRequest } from '../../shared/cover-requests/schema';
import type { Issue } from '../../shared/errors/errors';
import { type MutationContext, Rejection } from '../sync/mutation-context';

const issue = (path: string, code: string, message: string): Issue => ({ path, code, message });

/** The municipality the signed-in contact speaks for (people.municipality_id), null for everyone else. */
async function contactMunicipality(ctx: MutationContext): Promise<string | null> {
  const me = await ctx.rows.live('people', ctx.user.id);
  return typeof me?.municipalityId === 'string' ? me.municipalityId : null;
}

/** How the user acts on a request of this municipality; a contact of another municipality is refused at the field. */
export async function actorFor(ctx: MutationContext, municipalityId: string): Promise<CoverActor> {
  const actor = actorOf(ctx.user, municipalityId, await contactMunicipality(ctx));
  if (actor) return actor;
  const path = 'municipalityId';
  throw new Rejection('forbidden', 'You may not request cover for this municipality', null, [
    issue(path, 'forbidden', 'Not your municipality'),
  ]);
}

/** Every skill label any live person of the association holds: the catalogue a request may ask for. */
async function knownSkills(ctx: MutationContext): Promise<Set<string>> {
  const rows = await ctx.trx
    .selectFrom('people')
    .select('skills')
    .where('associationId', '=', ctx.user.associationId)
    .where('deleted', '=', 0)
    .execute();
  return new Set(rows.flatMap((r) => JSON.parse(r.skills) as string[]));
}

/** What the references of a request say: master data of this association, a site of its municipality, known skills. */
async function referenceIssues(ctx: MutationContext, r: CoverRequest, changed: readonly string[]): Promise<Issue[]> {
  const issues: Issue[] = [];
  const has = (f: string) => changed.includes(f);
  if (has('municipalityId') && !(await ctx.rows.live('municipalities', r.municipalityId)))
    issues.push(issue('municipalityId', 'unknown_reference', 'Unknown municipality'));
  if (has('siteId') || has('municipalityId')) {
    // Another association's site looks unknown; one of another municipality is named as such.
    const site = await ctx.rows.live('sites', r.siteId);
    if (!site) issues.push(issue('siteId', 'unknown_reference', 'Unknown site'));
    else if (site.municipalityId !== r.municipalityId)
      issues.push(issue('siteId', 'site_not_in_municipality', 'The site belongs to another municipality'));
  }
  if (has('serviceTypeId') && !(await ctx.rows.live('serviceTypes', r.serviceTypeId)))
    issues.push(issue('serviceTypeId', 'unknown_reference', 'Unknown service type'));
  if (has('skills') && r.skills.length > 0) {
    const known = await knownSkills(ctx);
    r.skills.forEach((s, i) => {
      if (!known.has(s)) issues.push(issue(`skills.${i}`, 'unknown_skill', `Nobody has the skill "${s}"`));
    });
  }
  return issues;
}

/** Refuses a request state that breaks a rule, naming each field at fault; the first issue's code is the answer's. */
export async function validate(ctx: MutationContext, r: CoverRequest, changed: readonly string[]): Promise<void> {
  const issues = [...checkCoverRequest(r), ...(await referenceIssues(ctx, r, changed))];
  if (issues.length > 0) throw new Rejection(issues[0]!.code, issues.map((i) => i.message).join(' '), null, issues);
}

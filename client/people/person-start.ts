import type { Issue } from '../../shared/errors/errors';
import { personProfileInputSchema } from '../../shared/people/schema';
import type { LocalDb } from '../db/local-db';
import { emptyValues, type PersonValues, valuesOf } from './person-values';

export type Start = { values: PersonValues; problemId: number | null; issues: Issue[] };

/** Empty, or a create the server refused (its data kept in the problems list), to edit and send again. */
export async function startOf(db: LocalDb, problem: string | undefined): Promise<Start> {
  const p = problem ? await db.problems.get(Number(problem)) : undefined;
  const refused = p?.name === 'personProfile.create' ? personProfileInputSchema.safeParse(p.args) : undefined;
  if (!p || !refused?.success) return { values: emptyValues, problemId: null, issues: [] };
  const values = valuesOf({ ...refused.data, rev: 0, updatedAt: p.at });
  // The server names the field only in its answer; the codes that concern the e-mail are known here.
  const issues = p.code === 'email_taken' ? [{ path: 'email', code: p.code, message: p.message }] : [];
  return { values, problemId: p.mutationId, issues };
}

export const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

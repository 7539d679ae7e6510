import type { HasRoles } from '../../shared/capabilities/capabilities';
import type { ProblemRecord } from '../db/local-db';
import type { Lookups } from '../masterdata/lookups';
import type { WritableTable } from './client-record';
import { canAny } from '../ui/nav-items';
import { fieldLabel, fieldValue, summaryFields } from './field-values';
import { clientRecords } from './registry';

/** What a rejected change carried: the whole entry for a create, the changed fields otherwise. */
export function changedValues(p: ProblemRecord): Record<string, unknown> {
  if ('changes' in p.args) return p.args.changes;
  if ('base' in p.args) return p.args.base;
  return p.args;
}

/**
 * Whether editing and sending again (or keeping mine in a conflict) can succeed: not once the person's
 * role no longer allows changes of this kind, as the server would refuse again; then only keeping the
 * text and discarding are offered.
 */
export const mayRetry = (user: HasRoles, p: { table: WritableTable }): boolean =>
  canAny(user, clientRecords[p.table].conflict.needs);

/** The change as plain lines ("Datum: …"), so a person can keep it elsewhere before discarding it. */
export const problemText = (p: ProblemRecord, lookups: Lookups): string => {
  const values = changedValues(p);
  return summaryFields
    .filter((f) => f in values)
    .map((f) => `${fieldLabel(p.table, f)}: ${fieldValue(f, values[f], lookups)}`)
    .join('\n');
};

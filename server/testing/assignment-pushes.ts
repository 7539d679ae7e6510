import type { Assignment } from '../../shared/assignments/schema';
import type { Draft } from './push-as';
import type { TestApp } from './test-app';

/** The id of the demo person signed in with `email`. */
export async function personOf(t: TestApp, email: string): Promise<string> {
  return (await t.db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}

/** A site of the test association with its municipality, and a service type: where a test plans. */
export async function placeOf(t: TestApp): Promise<Pick<Assignment, 'municipalityId' | 'siteId' | 'serviceTypeId'>> {
  const site = await t.db
    .selectFrom('sites')
    .selectAll()
    .where('associationId', '=', t.associationId!)
    .executeTakeFirstOrThrow();
  const type = await t.db.selectFrom('serviceTypes').select('id').executeTakeFirstOrThrow();
  return { municipalityId: site.municipalityId, siteId: site.id, serviceTypeId: type.id };
}

/** An update of `row` as a device sends it: the changed fields with their values it started from. */
export function assignmentUpdate(row: Assignment, changes: Partial<Assignment>): Draft {
  const base = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof Assignment]]));
  return { name: 'assignment.update', args: { id: row.id, baseRev: row.rev, base, changes } };
}

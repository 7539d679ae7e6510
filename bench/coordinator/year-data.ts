/**
 * A year of the association's planning for the coordinator's first sync (coordinator-sync.ts): `people` staff
 * with an assignment on every weekday of the year before `until` (200 people: about 52,000), as one bulk
 * insert with fresh revisions, so a device pulls them like any other rows.
 */
import { sql } from 'kysely';
import { newId } from '../../shared/ids/ids';
import { addDays } from '../../shared/time/dates';
import { reserveRevs } from '../../server/sync/revisions';
import { addStaff, type BulkTarget } from '../bulk-data';

const CHUNK = 500;

/** The weekdays of the 365 days up to `until` (exclusive). */
export function weekdaysBefore(until: string): string[] {
  const out: string[] = [];
  for (let d = -365; d < 0; d++) {
    const date = addDays(until, d);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) out.push(date);
  }
  return out;
}

/** Adds the staff and their assignments; returns how many assignments were written. */
export async function addYearOfAssignments(t: BulkTarget, people: number, until: string): Promise<number> {
  const staff = await addStaff(t, people, 'year');
  const site = await t.db
    .selectFrom('sites')
    .select('id')
    .where('municipalityId', '=', t.municipalityId)
    .executeTakeFirstOrThrow();
  const days = weekdaysBefore(until);
  const count = staff.length * days.length;
  const stamp = new Date().toISOString();
  await t.db.transaction().execute(async (trx) => {
    const first = await reserveRevs(trx, t.associationId, count);
    for (let i = 0; i < count; i += CHUNK) {
      const rows = Array.from({ length: Math.min(CHUNK, count - i) }, (_, j) => {
        const n = i + j;
        const date = days[n % days.length]!;
        return {
          id: newId(),
          associationId: t.associationId,
          rev: first + n,
          deleted: 0,
          updatedAt: stamp,
          personId: staff[Math.floor(n / days.length)]!,
          municipalityId: t.municipalityId,
          siteId: site.id,
          serviceTypeId: t.serviceTypeId,
          plannedStart: `${date}T07:00:00.000Z`,
          plannedEnd: `${date}T11:00:00.000Z`,
          task: `Bürgerservice ${n % 7}`,
          status: 'planned',
          workerNotes: '',
          ruleOverride: null,
          createdAt: stamp,
        };
      });
      await trx.insertInto('assignments').values(rows).execute();
    }
  });
  if (t.dialect === 'postgres') await sql`analyze assignments`.execute(t.db);
  return count;
}

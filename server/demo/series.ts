import type { Insertable } from 'kysely';
import { newId } from '../../shared/ids/ids';
import { addDays, weekStart } from '../../shared/time/dates';
import type { AssignmentSeriesTable } from '../db/schema';

type Meta = () => { associationId: string; rev: number; deleted: number; updatedAt: string };

/**
 * The demo's series: the IT consultation hour at the lead municipality's town hall on the day of its staff
 * outing (demoClosureDays), so the planner's list shows a series with its skipped day and no assignment.
 */
export function demoSeries(
  p: { personId: string; municipalityId: string; siteId: string; serviceTypeId: string; today: string; stamp: string },
  meta: Meta,
): Insertable<AssignmentSeriesTable>[] {
  const outing = addDays(weekStart(p.today), 16);
  return [
    {
      id: newId(),
      ...meta(),
      personId: p.personId,
      municipalityId: p.municipalityId,
      siteId: p.siteId,
      serviceTypeId: p.serviceTypeId,
      weekdays: JSON.stringify([3]),
      startTime: '08:00',
      endTime: '10:00',
      startDate: outing,
      endDate: outing,
      task: 'IT-Sprechstunde im Rathaus',
      skipped: JSON.stringify([{ date: outing, reason: 'closure', name: 'Betriebsausflug' }]),
      createdAt: p.stamp,
    },
  ];
}

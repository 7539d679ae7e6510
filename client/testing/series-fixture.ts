import { newId } from '../../shared/ids/ids';
import type { TestApp } from '../../server/testing/test-app';
import type { WritableFixture } from './conformance-fixtures';

/** A planner's series (issue 17): its task is edited; it leaves a planner who loses the role. */
export const seriesFixture = (
  setRoles: (t: TestApp, roles: string[]) => Promise<void>,
): WritableFixture<'assignmentSeries'> => ({
  actor: 'coordinator',
  pick: async (d) => (await d.db.assignmentSeries.toArray())[0]!,
  edits: [{ task: 'IT-Sprechstunde, Raum 2' }, { task: 'IT-Sprechstunde, Foyer' }],
  fresh: async (d) => {
    const site = (await d.db.sites.toArray())[0]!;
    return {
      id: newId(),
      rev: 0,
      updatedAt: new Date().toISOString(),
      personId: d.user.id,
      municipalityId: site.municipalityId,
      siteId: site.id,
      serviceTypeId: (await d.db.serviceTypes.toArray())[0]!.id,
      // The coordinator plans no work for himself in the demo: one free Friday evening.
      weekdays: [5],
      startTime: '18:00',
      endTime: '19:00',
      startDate: '2027-02-05',
      endDate: '2027-02-05',
      task: 'neu',
      skipped: [],
    };
  },
  leave: { observer: 'coordinator', run: (t) => setRoles(t, ['staff']) },
});

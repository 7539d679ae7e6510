import { absenceRecord } from '../../shared/absences/record';
import type { Absence, AbsenceDetail } from '../../shared/absences/schema';
import { newId } from '../../shared/ids/ids';
import { absenceRows } from '../absences/absence-rows';
import { localWriter } from '../sync/local-write';
import type { TestDevice } from './test-device';
import { leaveAssociation, setCoordinatorRoles, type WritableFixture } from './conformance-fixtures';

/** The demo technician's open leave request (server/demo/absences.ts), from 7 to 8 December around TEST_NOW. */
const openRequest = async (d: TestDevice): Promise<Absence> =>
  (await d.db.absences.toArray()).find((a) => a.personId === d.user.id && a.status === 'requested')!;

const freshRequest = (d: TestDevice): Absence => ({
  id: newId(),
  rev: 0,
  updatedAt: new Date().toISOString(),
  personId: d.user.id,
  from: '2026-12-01',
  to: '2026-12-02',
  startTime: null,
  endTime: null,
  status: 'requested',
  decidedBy: null,
  decidedAt: null,
});

export const absenceFixtures: {
  absences: WritableFixture<'absences'>;
  absenceDetails: WritableFixture<'absenceDetails'>;
} = {
  absences: {
    actor: 'technician',
    pick: openRequest,
    // The request's end moves later, one way or another, while it is still requested.
    edits: [{ to: '2026-12-09' }, { to: '2026-12-10' }],
    fresh: async (d) => freshRequest(d),
    // Everyone in the association reads absences: one leaves a device whose person leaves the association.
    leave: { observer: 'technician', run: leaveAssociation },
  },
  absenceDetails: {
    actor: 'technician',
    pick: async (d) => (await d.db.absenceDetails.get((await openRequest(d)).id))!,
    edits: [{ note: 'Familienfeier in Graz' }, { note: 'Hochzeit der Schwester' }],
    // Details come with their absence: its create is queued first, as the app does (client/absences/local-writes.ts).
    fresh: async (d): Promise<AbsenceDetail> => {
      const absence = await localWriter(absenceRecord, absenceRows).create(d.db, freshRequest(d), new Date());
      return { id: absence.id, rev: 0, updatedAt: absence.updatedAt, personId: d.user.id, kind: 'leave', note: 'neu' };
    },
    // Sickness and notes are the planners': a coordinator who is one no more loses them.
    leave: { observer: 'coordinator', run: (t) => setCoordinatorRoles(t, ['staff']) },
  },
};

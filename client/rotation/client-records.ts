import type { ClientRecord, ConflictHooks } from '../sync/client-record';
import { planRows, stationRows } from './rotation-rows';

const pick = (row: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => f in row).map((f) => [f, row[f]]));

/** "Keep mine" writes my fields again through the checked local write; the writes load only then. */
const hooks = (table: 'rotationStations' | 'rotationPlans'): ConflictHooks => ({
  async keepMine(db, _user, c) {
    const writes = await import('./local-writes');
    if (c.mine && table === 'rotationStations') await writes.updateStation(db, c.rowId, pick(c.mine, c.fields));
    if (c.mine && table === 'rotationPlans') await writes.updatePlan(db, c.rowId, pick(c.mine, c.fields));
    return c.rowId;
  },
  route: () => '/planung/ausbildung',
  needs: ['assignments.plan'],
});

/** Stations on the devices of coordinators, the apprentice and the station's mentors. */
export const stationClient: ClientRecord<'rotationStations'> = {
  ...stationRows,
  labels: {
    apprenticeId: 'assignment.person',
    municipalityId: 'entry.municipality',
    department: 'rotation.department',
    startsOn: 'absence.from',
    endsOn: 'absence.to',
    startTime: 'series.startTime',
    mentorId: 'rotation.mentor',
    deputyId: 'rotation.deputy',
    trainingAreas: 'rotation.areas',
  },
  conflict: hooks('rotationStations'),
};

export const planClient: ClientRecord<'rotationPlans'> = {
  ...planRows,
  labels: { apprenticeId: 'assignment.person', trainingAreas: 'rotation.areas' },
  conflict: hooks('rotationPlans'),
};

import { scope } from '../sync/scope';
import { serverRecord } from '../sync/server-record';
import { planFields, stationFields } from './fields';
import { createPlan, updatePlan } from './plan-mutators';
import { createStation, deleteStation, updateStation } from './station-mutators';

/** Coordinators see every station; an apprentice their own; a mentor or deputy the stations they mentor. */
export const stationServerRecord = serverRecord({
  table: 'rotationStations',
  fields: stationFields,
  read: scope.anyOf(
    scope.all('assignments.plan'),
    scope.own('apprenticeId', 'training.keep-record'),
    scope.own('mentorId', 'training.sign'),
    scope.own('deputyId', 'training.sign'),
  ),
  references: { apprenticeId: 'people', municipalityId: 'municipalities', mentorId: 'people', deputyId: 'people' },
  mutators: { 'station.create': createStation, 'station.update': updateStation, 'station.delete': deleteStation },
});

/** A plan's training areas: coordinators, and the apprentice whose plan it is. */
export const planServerRecord = serverRecord({
  table: 'rotationPlans',
  fields: planFields,
  read: scope.anyOf(scope.all('assignments.plan'), scope.own('apprenticeId', 'training.keep-record')),
  references: { apprenticeId: 'people' },
  mutators: { 'rotationPlan.create': createPlan, 'rotationPlan.update': updatePlan },
});

import type { Insertable } from 'kysely';
import { newId } from '../../shared/ids/ids';
import { addDays, weekStart } from '../../shared/time/dates';
import type { ClosureDaysTable } from '../db/schema';

type Meta = () => { associationId: string; rev: number; deleted: number; updatedAt: string };

/**
 * The demo's closure days: Christmas Eve and New Year's Eve afternoons for every office, and a staff
 * outing of the lead municipality in two weeks, so the planning board shows one near today.
 */
export function demoClosureDays(leadId: string, today: string, meta: Meta): Insertable<ClosureDaysTable>[] {
  const year = today.slice(0, 4);
  return [
    { date: `${year}-12-24`, municipalityId: null, part: 'half', name: 'Heiligabend' },
    { date: `${year}-12-31`, municipalityId: null, part: 'half', name: 'Silvester' },
    { date: addDays(weekStart(today), 16), municipalityId: leadId, part: 'whole', name: 'Betriebsausflug' },
  ].map((c) => ({ id: newId(), ...meta(), ...c }));
}

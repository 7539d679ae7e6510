import type { Insertable } from 'kysely';
import { newId } from '../../shared/ids/ids';
import { addDays } from '../../shared/time/dates';
import type { RotationPlansTable, RotationStationsTable } from '../db/schema';

type Meta = () => { associationId: string; rev: number; deleted: number; updatedAt: string };
type Planned = {
  /** Index into the municipalities; days from this week's Monday (both inclusive). */
  municipality: number;
  department: string;
  from: number;
  to: number;
  startTime: string;
  mentor: 'Gerhard Taurer' | 'Martina Egger';
  areas: string[];
};
const other = (m: Planned['mentor']) => (m === 'Gerhard Taurer' ? 'Martina Egger' : 'Gerhard Taurer');

/**
 * Each apprentice's rotation: four stations of about four weeks across the member municipalities, the
 * current one started this Monday. Jonas's plan has a week's gap after the current station and an area
 * no station covers yet (Standesamt), so the coordinator's year view shows its flags from the first start.
 */
const plans: Record<'Jonas Kofler' | 'Sophie Brunner', { areas: string[]; stations: Planned[] }> = {
  'Jonas Kofler': {
    areas: [
      'Bürgerservice',
      'Meldewesen',
      'Haushalt und Rechnungswesen',
      'Bauverwaltung',
      'Personalwesen',
      'Standesamt',
    ],
    stations: [
      {
        municipality: 0,
        department: 'Bürgerservice',
        from: -28,
        to: -3,
        startTime: '08:00',
        mentor: 'Martina Egger',
        areas: ['Bürgerservice', 'Meldewesen'],
      },
      {
        municipality: 1,
        department: 'Finanzverwaltung',
        from: 0,
        to: 25,
        startTime: '08:00',
        mentor: 'Gerhard Taurer',
        areas: ['Haushalt und Rechnungswesen'],
      },
      {
        municipality: 4,
        department: 'Bauamt',
        from: 35,
        to: 60,
        startTime: '08:00',
        mentor: 'Martina Egger',
        areas: ['Bauverwaltung'],
      },
      {
        municipality: 8,
        department: 'Personalverwaltung',
        from: 63,
        to: 88,
        startTime: '08:00',
        mentor: 'Gerhard Taurer',
        areas: ['Personalwesen'],
      },
    ],
  },
  'Sophie Brunner': {
    areas: ['Bürgerservice', 'Meldewesen', 'Haushalt und Rechnungswesen', 'Standesamt'],
    stations: [
      {
        municipality: 2,
        department: 'Meldeamt',
        from: -28,
        to: -3,
        startTime: '08:00',
        mentor: 'Gerhard Taurer',
        areas: ['Meldewesen'],
      },
      {
        municipality: 3,
        department: 'Bürgerservice',
        from: 0,
        to: 25,
        startTime: '08:00',
        mentor: 'Martina Egger',
        areas: ['Bürgerservice'],
      },
      {
        municipality: 1,
        department: 'Finanzverwaltung',
        from: 28,
        to: 53,
        startTime: '08:00',
        mentor: 'Gerhard Taurer',
        areas: ['Haushalt und Rechnungswesen'],
      },
      {
        municipality: 0,
        department: 'Standesamt',
        from: 56,
        to: 81,
        startTime: '08:00',
        mentor: 'Martina Egger',
        areas: ['Standesamt'],
      },
    ],
  },
};

/** The demo's rotation plans and stations around `monday`. */
export function demoRotation(
  people: readonly { id: string; name: string }[],
  municipalities: readonly { id: string }[],
  monday: string,
  stamp: string,
  meta: Meta,
): { plans: Insertable<RotationPlansTable>[]; stations: Insertable<RotationStationsTable>[] } {
  const idOf = (name: string) => people.find((p) => p.name === name)!.id;
  const out = { plans: [] as Insertable<RotationPlansTable>[], stations: [] as Insertable<RotationStationsTable>[] };
  for (const [name, plan] of Object.entries(plans)) {
    const apprenticeId = idOf(name);
    out.plans.push({
      id: newId(),
      ...meta(),
      apprenticeId,
      trainingAreas: JSON.stringify(plan.areas),
      createdAt: stamp,
    });
    for (const s of plan.stations)
      out.stations.push({
        id: newId(),
        ...meta(),
        apprenticeId,
        municipalityId: municipalities[s.municipality % municipalities.length]!.id,
        department: s.department,
        startsOn: addDays(monday, s.from),
        endsOn: addDays(monday, s.to),
        startTime: s.startTime,
        mentorId: idOf(s.mentor),
        deputyId: idOf(other(s.mentor)),
        trainingAreas: JSON.stringify(s.areas),
        createdAt: stamp,
      });
  }
  return out;
}

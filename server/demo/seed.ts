import type { Insertable, Kysely } from 'kysely';
import { newId } from '../../shared/ids/ids';
import { addDays, dateIn, fromMinutes, instantOf, toMinutes, weekStart } from '../../shared/time/dates';
import { hashPassword } from '../auth/password';
import { demoAbsences } from './absences';
import { demoCoverRequests } from './cover-requests';
import { demoClosureDays } from './closure-days';
import { demoOpenShifts } from './open-shifts';
import { demoSeries } from './series';
import { profileOfPerson } from '../people/fields';
import type { AssignmentsTable, DB, SitesTable, TimeEntriesTable } from '../db/schema';
import { demoRotation } from './rotation';
import {
  DEMO_ASSOCIATION,
  DEMO_PASSWORD,
  demoMunicipalities,
  demoPeople,
  demoServiceTypes,
  demoTasks,
  type DemoWork,
  emailOf,
} from './data';

/** Small deterministic PRNG so the demo looks the same on every start of the same day. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertChunked<T extends keyof DB & string>(
  trx: Kysely<DB>,
  table: T,
  rows: Insertable<DB[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    // Kysely cannot see through the generic table name here; the rows were typed by the caller.
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + 200) as never)
      .execute();
  }
}

export type SeedSummary = { associationId: string };

export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('associations').select('id').limit(1).execute()).length === 0;
}

/**
 * Seeds the demo association: the Feldkirchen district partner municipalities, their town halls and
 * schools, invented people, and four weeks of assignments and hours around today.
 */
export async function seedDemo(db: Kysely<DB>, now: Date): Promise<SeedSummary> {
  const tz = DEMO_ASSOCIATION.timeZone;
  const today = dateIn(tz, now);
  const random = prng(Number(today.replaceAll('-', '')));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const stamp = now.toISOString();
  const associationId = newId();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let rev = 0;
  const meta = () => ({ associationId, rev: ++rev, deleted: 0, updatedAt: stamp });

  const municipalities = demoMunicipalities.map((m) => ({ id: newId(), ...m }));
  const sites: Insertable<SitesTable>[] = [];
  const townHalls = new Map<string, string>();
  const schools: { id: string; municipalityId: string }[] = [];
  for (const m of municipalities) {
    const hall = newId();
    townHalls.set(m.id, hall);
    sites.push({
      id: hall,
      ...meta(),
      municipalityId: m.id,
      name: `Gemeindeamt ${m.name}`,
      kind: 'town_hall',
      street: 'Hauptplatz 1',
      postalCode: m.postalCode,
      city: m.name,
      latitude: m.hall[0],
      longitude: m.hall[1],
    });
    m.schools.forEach((name, i) => {
      const id = newId();
      schools.push({ id, municipalityId: m.id });
      sites.push({
        id,
        ...meta(),
        municipalityId: m.id,
        name,
        kind: 'school',
        street: `Schulstraße ${i * 4 + 2}`,
        postalCode: m.postalCode,
        city: m.name,
        latitude: null,
        longitude: null,
      });
    });
  }
  const lead = municipalities[0]!;
  const archiveId = newId();
  sites.push({
    id: archiveId,
    ...meta(),
    municipalityId: lead.id,
    name: 'Gemeinsames Archiv',
    kind: 'archive',
    street: 'Amthofgasse 3',
    postalCode: lead.postalCode,
    city: lead.name,
    latitude: null,
    longitude: null,
  });

  const services = demoServiceTypes.map((s) => ({ id: newId(), ...s }));
  const serviceFor: Record<Exclude<DemoWork, 'none'>, string> = {
    it: services[0]!.id,
    cover: services[1]!.id,
    archive: services[2]!.id,
    training: services[3]!.id,
  };
  const people = demoPeople.map((p) => ({ id: newId(), ...p, email: emailOf(p.name) }));

  const assignments: Insertable<AssignmentsTable>[] = [];
  const entries: Insertable<TimeEntriesTable>[] = [];
  const monday = weekStart(today);
  // Apprentices rotate through the municipalities station by station (server/demo/rotation.ts); their
  // assignments below are at the station's town hall, in its department.
  const rotation = demoRotation(people, municipalities, monday, stamp, meta);
  const stationOf = (personId: string, date: string) =>
    rotation.stations.find((s) => s.apprenticeId === personId && s.startsOn <= date && date <= s.endsOn);
  for (let day = -14; day < 14; day++) {
    const date = addDays(monday, day);
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    const weekend = dow === 0 || dow === 6;
    // On a weekend only the demo logins have an on-call duty today, so the demo is never empty.
    if (weekend && date !== today) continue;
    for (const p of people) {
      if (p.work === 'none' || (weekend && (!p.login || p.work === 'training'))) continue;
      const slots: [string, string][] = weekend
        ? [['09:00', '12:00']]
        : p.work === 'it'
          ? [
              ['07:30', '11:30'],
              ['12:30', '15:30'],
            ]
          : p.work === 'cover'
            ? [['08:00', '12:00']]
            : [['08:00', '16:00']];
      for (const [start, end] of slots) {
        const m =
          p.work === 'archive'
            ? lead
            : p.work === 'training'
              ? (municipalities.find((x) => x.id === stationOf(p.id, date)?.municipalityId) ?? lead)
              : pick(municipalities);
        const site =
          p.work === 'it'
            ? pick(schools.filter((s) => s.municipalityId === m.id)).id
            : p.work === 'archive'
              ? archiveId
              : townHalls.get(m.id)!;
        const past = date < today;
        const id = newId();
        assignments.push({
          id,
          ...meta(),
          personId: p.id,
          municipalityId: m.id,
          siteId: site,
          serviceTypeId: serviceFor[p.work],
          plannedStart: instantOf(tz, date, start).toISOString(),
          plannedEnd: instantOf(tz, date, end).toISOString(),
          task:
            p.work === 'training' && stationOf(p.id, date)
              ? `Ausbildung: ${stationOf(p.id, date)!.department}`
              : pick(demoTasks[weekend ? 'weekend' : p.work]),
          status: past ? 'done' : 'planned',
          workerNotes: past && random() < 0.3 ? 'Erledigt, keine Auffälligkeiten.' : '',
          createdAt: stamp,
        });
        if (past) {
          const late = random() < 0.3 ? 15 : 0;
          entries.push({
            id: newId(),
            ...meta(),
            personId: p.id,
            date,
            startTime: start,
            endTime: fromMinutes(toMinutes(end) + late),
            breakMinutes: p.work === 'training' || p.work === 'archive' ? 30 : 0,
            municipalityId: m.id,
            siteId: site,
            serviceTypeId: serviceFor[p.work],
            assignmentId: id,
            note: '',
            state: date < monday ? 'submitted' : 'draft',
            createdAt: stamp,
            submittedAt: date < monday ? stamp : null,
          });
        }
      }
    }
  }

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('associations')
      .values({
        id: associationId,
        name: DEMO_ASSOCIATION.name,
        timeZone: DEMO_ASSOCIATION.timeZone,
        country: DEMO_ASSOCIATION.country,
        createdAt: stamp,
      })
      .execute();
    await trx
      .insertInto('associationSettings')
      .values({ ...meta(), ...DEMO_ASSOCIATION, id: associationId })
      .execute();
    await insertChunked(
      trx,
      'municipalities',
      municipalities.map((m, i) => ({
        id: m.id,
        ...meta(),
        name: m.name,
        country: 'AT',
        state: 'AT-2',
        street: 'Hauptplatz 1',
        postalCode: m.postalCode,
        city: m.name,
        // Invented like the people: a budget line per member, a contact at the town hall.
        costCentre: `1-0150-${String(i + 1).padStart(3, '0')}`,
        contactName: 'Amtsleitung',
        contactEmail: '',
        contactPhone: `+43 4276 ${2000 + i * 11}`,
      })),
    );
    await insertChunked(trx, 'sites', sites);
    await insertChunked(
      trx,
      'serviceTypes',
      services.map((s) => ({
        id: s.id,
        ...meta(),
        code: s.code,
        name: s.name,
        hourlyRateCents: s.hourlyRateCents,
        billingUnit: s.billingUnit,
      })),
    );
    await insertChunked(
      trx,
      'people',
      people.map((p) => ({
        ...{
          id: p.id,
          ...meta(),
          email: p.email,
          displayName: p.name,
          roles: JSON.stringify(p.roles),
          skills: JSON.stringify(p.skills),
          passwordHash,
          active: 1,
          createdAt: stamp,
        },
        // A municipality contact speaks for the lead municipality.
        municipalityId: p.roles.includes('municipality_contact') ? lead.id : null,
      })),
    );
    const publicOf = (p: (typeof people)[number]) => ({
      displayName: p.name,
      email: p.email,
      roles: JSON.stringify(p.roles),
      skills: JSON.stringify(p.skills),
      municipalityId: p.roles.includes('municipality_contact') ? lead.id : null,
    });
    await insertChunked(
      trx,
      'personProfiles',
      people.map((p) => ({ id: p.id, ...meta(), ...profileOfPerson(publicOf(p)), weeklyTargetMinutes: 40 * 60 })),
    );
    const cover = demoCoverRequests({
      meta,
      stamp,
      timeZone: tz,
      today,
      municipalityId: lead.id,
      siteId: townHalls.get(lead.id)!,
      serviceTypeId: serviceFor.cover,
      contactId: people.find((p) => p.roles.includes('municipality_contact'))!.id,
      coverId: people.find((p) => p.work === 'cover')!.id,
    });
    await insertChunked(trx, 'assignments', [...assignments, ...cover.assignments]);
    await insertChunked(trx, 'timeEntries', entries);
    await insertChunked(trx, 'coverRequests', cover.requests);
    await insertChunked(trx, 'rotationStations', rotation.stations);
    await insertChunked(trx, 'rotationPlans', rotation.plans);
    const coordinator = people.find((p) => p.roles.includes('coordinator'))!;
    const away = demoAbsences(people, coordinator.id, today, stamp, meta);
    await insertChunked(trx, 'absences', away.absences);
    await insertChunked(trx, 'absenceDetails', away.details);
    await insertChunked(trx, 'closureDays', demoClosureDays(lead.id, today, meta));
    const filled = cover.requests.find((r) => r.state === 'assigned')!;
    const [filledSlot] = JSON.parse(filled.slots) as { start: string; end: string }[];
    const school = schools.find((x) => x.municipalityId === lead.id) ?? schools[0]!;
    const open = demoOpenShifts({
      meta,
      stamp,
      timeZone: tz,
      today,
      people,
      publishedBy: coordinator.id,
      cover: {
        municipalityId: lead.id,
        siteId: townHalls.get(lead.id)!,
        serviceTypeId: serviceFor.cover,
        name: lead.name,
      },
      school: {
        municipalityId: school.municipalityId,
        siteId: school.id,
        serviceTypeId: serviceFor.it,
        name: lead.name,
      },
      contactId: filled.requestedBy,
      filled: {
        id: filled.id,
        coveredByName: people.find((p) => p.id === filled.coveredBy)?.name ?? '',
        ...filledSlot!,
      },
    });
    await insertChunked(trx, 'openShifts', open.shifts);
    await insertChunked(trx, 'notifications', open.notifications);
    const technician = people.find((p) => p.work === 'it' && p.login)!;
    const seriesPlace = { municipalityId: lead.id, siteId: townHalls.get(lead.id)!, serviceTypeId: serviceFor.it };
    await insertChunked(
      trx,
      'assignmentSeries',
      demoSeries({ ...seriesPlace, personId: technician.id, today, stamp }, meta),
    );
    await trx.insertInto('syncState').values({ associationId, rev }).execute();
  });

  return { associationId };
}

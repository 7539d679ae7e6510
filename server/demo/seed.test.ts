import { afterEach, describe, expect, it } from 'vitest';
import { sessionUserSchema } from '../../shared/auth/schemas';
import { checkTimeEntry } from '../../shared/time-entries/rules';
import { addDays, dateIn, weekStart } from '../../shared/time/dates';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';
import { DEMO_ASSOCIATION, demoLogins, demoMunicipalities, demoPeople } from './data';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const tz = DEMO_ASSOCIATION.timeZone;
const dayOfWeek = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string) => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

async function seeded(now: Date) {
  t = await startTestApp({ now });
  const db = t.db;
  const associationId = t.associationId!;
  const [people, assignments, entries] = await Promise.all([
    db.selectFrom('people').selectAll().where('associationId', '=', associationId).execute(),
    db.selectFrom('assignments').selectAll().where('associationId', '=', associationId).execute(),
    db.selectFrom('timeEntries').selectAll().where('associationId', '=', associationId).execute(),
  ]);
  return {
    app: t,
    people,
    assignments,
    entries,
    dateOf: (a: { plannedStart: string }) => dateIn(tz, new Date(a.plannedStart)),
  };
}

describe('demo seed', () => {
  it('creates the Feldkirchen municipalities, their sites, service types and people', async () => {
    const { app, people } = await seeded(TEST_NOW);
    const municipalities = await app.db
      .selectFrom('municipalities')
      .select('name')
      .where('associationId', '=', app.associationId!)
      .execute();
    expect(municipalities).toHaveLength(10);
    expect(municipalities.map((m) => m.name).sort()).toEqual(demoMunicipalities.map((m) => m.name).sort());
    expect(people).toHaveLength(demoPeople.length);
    expect(people.length).toBeGreaterThanOrEqual(14);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    const sites = await app.db
      .selectFrom('sites')
      .select(['kind', 'municipalityId'])
      .where('associationId', '=', app.associationId!)
      .execute();
    expect(sites.filter((s) => s.kind === 'town_hall')).toHaveLength(10);
    expect(sites.filter((s) => s.kind === 'school').length).toBe(
      demoMunicipalities.reduce((n, m) => n + m.schools.length, 0),
    );
  });

  it('plans weekdays from two weeks before to two weeks after the current week', async () => {
    const { people, assignments, dateOf } = await seeded(TEST_NOW); // a Wednesday
    const today = dateIn(tz, TEST_NOW);
    const monday = weekStart(today);
    const dates = [...new Set(assignments.map(dateOf))].sort();
    const weekdays = Array.from({ length: 28 }, (_, i) => addDays(monday, i - 14)).filter((d) => !isWeekend(d));
    expect(dates).toEqual(weekdays);
    expect(dates[0]).toBe('2026-11-02');
    expect(dates.at(-1)).toBe('2026-11-27');
    for (const a of assignments) {
      expect(Date.parse(a.plannedEnd)).toBeGreaterThan(Date.parse(a.plannedStart));
      expect(a.status).toBe(dateOf(a) < today ? 'done' : 'planned');
    }
    // Everyone with field work has something on every weekday; mentors, planners and admins nothing.
    const working = new Set(demoPeople.filter((p) => p.work !== 'none').map((p) => p.name));
    for (const p of people) {
      const mine = new Set(assignments.filter((a) => a.personId === p.id).map(dateOf));
      expect(mine.size, p.displayName).toBe(working.has(p.displayName) ? weekdays.length : 0);
    }
  });

  it('logs hours only for past days, each for an assignment of the same person and day', async () => {
    const { assignments, entries, dateOf } = await seeded(TEST_NOW);
    const today = dateIn(tz, TEST_NOW);
    const monday = weekStart(today);
    const byId = new Map(assignments.map((a) => [a.id, a]));
    expect(entries.length).toBe(assignments.filter((a) => dateOf(a) < today).length);
    for (const e of entries) {
      expect(e.date < today, e.date).toBe(true);
      const a = byId.get(e.assignmentId ?? '');
      expect(a).toBeDefined();
      expect([a!.personId, dateOf(a!)]).toEqual([e.personId, e.date]);
      expect(e.state).toBe(e.date < monday ? 'submitted' : 'draft');
      // The demo keeps the same rules as every device and the server.
      expect(
        checkTimeEntry({ date: e.date, start: e.startTime, end: e.endTime, breakMinutes: e.breakMinutes }, today),
      ).toEqual([]);
    }
  });

  it('gives the demo contact two open requests and one a coordinator filled, with its assignment', async () => {
    const { app, people, assignments } = await seeded(TEST_NOW);
    const contact = people.find((p) => p.roles.includes('municipality_contact'))!;
    const requests = await app.db.selectFrom('coverRequests').selectAll().execute();
    expect(requests.map((r) => r.state).sort()).toEqual(['assigned', 'open', 'open']);
    for (const r of requests) {
      expect(r.municipalityId).toBe(contact.municipalityId);
      expect(r.requestedBy).toBe(contact.id);
    }
    const filled = requests.find((r) => r.state === 'assigned')!;
    const [assignmentId] = JSON.parse(filled.assignmentIds) as string[];
    const assignment = assignments.find((a) => a.id === assignmentId)!;
    expect(assignment.personId).toBe(filled.coveredBy);
    expect(JSON.parse(filled.slots)).toEqual([{ start: assignment.plannedStart, end: assignment.plannedEnd }]);
  });

  it('gives every row its own revision and leaves the counter at the highest', async () => {
    const { app, people, assignments, entries } = await seeded(TEST_NOW);
    const associationId = app.associationId!;
    const revs = [...people, ...assignments, ...entries].map((r) => r.rev);
    for (const table of [
      'municipalities',
      'sites',
      'serviceTypes',
      'personProfiles',
      'absences',
      'absenceDetails',
      'coverRequests',
      'closureDays',
      'openShifts',
      'notifications',
      'assignmentSeries',
    ] as const) {
      revs.push(
        ...(await app.db.selectFrom(table).select('rev').where('associationId', '=', associationId).execute()).map(
          (r) => r.rev,
        ),
      );
    }
    expect(new Set(revs).size).toBe(revs.length);
    const state = await app.db
      .selectFrom('syncState')
      .select('rev')
      .where('associationId', '=', associationId)
      .executeTakeFirstOrThrow();
    expect(state.rev).toBe(Math.max(...revs));
  });

  it('has work on a weekend only for today, so a demo started on Saturday is not empty', async () => {
    const saturday = new Date('2026-11-21T09:30:00Z');
    const { people, assignments, dateOf } = await seeded(saturday);
    const today = dateIn(tz, saturday);
    const weekend = assignments.filter((a) => isWeekend(dateOf(a)));
    expect(weekend.length).toBeGreaterThan(0);
    expect(new Set(weekend.map(dateOf))).toEqual(new Set([today]));
    const technician = people.find((p) => p.email === demoLogins().find((l) => l.role === 'IT-Technikerin')!.email)!;
    expect(weekend.some((a) => a.personId === technician.id)).toBe(true);
  });

  it('lets every demo login log in with its role', async () => {
    const { app } = await seeded(TEST_NOW);
    const logins = demoLogins();
    expect(logins.map((l) => l.role).sort()).toEqual([
      'Administratorin',
      'Ausbilder',
      'Gemeinde',
      'IT-Technikerin',
      'Koordinator',
      'Lehrling',
      'Springerin',
    ]);
    for (const login of logins) {
      const cookie = await app.login(login.email, login.password);
      const me = sessionUserSchema.parse(
        ((await (await app.request('/api/auth/me', { cookie })).json()) as { user: unknown }).user,
      );
      expect(me.email).toBe(login.email);
      expect(me.associationName).toBe(DEMO_ASSOCIATION.name);
      expect(me.capabilities.includes('assignments.plan'), login.role).toBe(
        ['Koordinator', 'Administratorin'].includes(login.role),
      );
    }
  });
});

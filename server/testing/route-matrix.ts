import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Capability, can, type Role } from '../../shared/capabilities/capabilities';
import { createAssociation } from '../admin/create-association';
import { startTestApp, TEST_NOW, type TestApp } from './test-app';

/**
 * The authorization table (DEVELOPERS' guide: every route gets a row). A row names a route, how to
 * call it, and who may: the capabilities that open it. The matrix calls it as each demo role and as
 * the administrator of a second association, and expects refusal (401/403/404) from everyone the row
 * does not name; a foreign administrator never reaches the first association's data, whatever the row.
 */
export type RouteRow = {
  /** What the row checks, for the test's name. */
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path, or a function of the test app (ids from the demo data). */
  path: string | ((t: TestApp) => string | Promise<string>);
  body?: unknown | ((t: TestApp) => unknown);
  /** Capabilities any of which opens the route; empty: every signed-in person. */
  allowed: readonly Capability[];
  /** Statuses that count as "let through" (default: any 2xx). A 4xx with another code than refusal also counts. */
  okStatuses?: readonly number[];
  /**
   * The row names the first association's data (an id in the path or body): a foreign administrator
   * must be refused. Without it the foreign administrator is let through like any admin (on their own data).
   */
  namesTenantData?: true;
  /** The exact status a foreign administrator gets (404: as if the row did not exist), not just a refusal. */
  foreignStatus?: number;
  /** Further checks of an answer let through, to a member of the association or the foreign administrator. */
  check?: (res: Response, t: TestApp, who: 'member' | 'foreign') => Promise<void>;
};

export type Caller = { label: string; roles: readonly Role[]; login: (t: TestApp) => Promise<string> };

const demo = (label: string, role: Role, key: keyof TestApp['logins']): Caller => ({
  label,
  roles: [role],
  login: (t) => t.login(t.logins[key]),
});

/** Every demo role, plus nobody signed in is checked by the matrix itself. */
export const demoCallers: readonly Caller[] = [
  demo('staff (technician)', 'staff', 'technician'),
  demo('staff (cover)', 'staff', 'cover'),
  demo('apprentice', 'apprentice', 'apprentice'),
  demo('mentor', 'mentor', 'mentor'),
  demo('municipality contact', 'municipality_contact', 'contact'),
  demo('coordinator', 'coordinator', 'coordinator'),
  demo('admin', 'admin', 'admin'),
];

const FOREIGN_PASSWORD = 'fremder-verband-2026';

/** The administrator of a second association: holds every capability, but over other data. */
export async function foreignAdmin(t: TestApp): Promise<string> {
  const email = 'admin@fremd.example';
  await createAssociation(
    t.db,
    {
      associationName: 'Fremder Verband',
      timeZone: 'Europe/Berlin',
      country: 'DE',
      adminEmail: email,
      adminName: 'Fremde Admin',
      password: FOREIGN_PASSWORD,
    },
    TEST_NOW,
  );
  return t.login(email, FOREIGN_PASSWORD);
}

export const REFUSED = [401, 403, 404] as const;

/** One request of a row, as a caller (cookie) or as nobody (no cookie). */
export async function callRow(t: TestApp, row: RouteRow, cookie: string | undefined): Promise<Response> {
  const path = typeof row.path === 'function' ? await row.path(t) : row.path;
  const body = typeof row.body === 'function' ? (row.body as (t: TestApp) => unknown)(t) : row.body;
  return t.request(path, {
    method: row.method,
    ...(cookie ? { cookie } : {}),
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
}

/** Whether the row lets a person with these roles through. */
export const rowAllows = (row: RouteRow, roles: readonly Role[]): boolean =>
  row.allowed.length === 0 || row.allowed.some((c) => can({ roles }, c));

const FOREIGN = 'foreign admin';

/** The test app and the signed-in callers of a matrix, once its `beforeAll` has run. */
export type Matrix = { app: () => TestApp; cookie: (label: string) => string };

/**
 * Runs the table: each row called by nobody (401), each demo role (refused unless the row allows it)
 * and the foreign administrator. `setup` runs once after the app starts, before the callers sign in.
 */
export function describeRouteMatrix(rows: readonly RouteRow[], setup?: (t: TestApp) => Promise<void>): Matrix {
  let t: TestApp;
  const cookies = new Map<string, string>();
  beforeAll(async () => {
    t = await startTestApp();
    await setup?.(t);
    for (const caller of demoCallers) cookies.set(caller.label, await caller.login(t));
    cookies.set(FOREIGN, await foreignAdmin(t));
  });
  afterAll(() => t.close());

  describe.each(rows)('$method $name', (row) => {
    it('refuses nobody signed in', async () => {
      expect((await callRow(t, row, undefined)).status).toBe(401);
    });
    it.each(demoCallers.map((c) => [c.label, c] as const))('as %s', async (label, caller) => {
      const res = await callRow(t, row, cookies.get(label));
      if (!rowAllows(row, caller.roles)) return expect(REFUSED).toContain(res.status);
      expect(REFUSED).not.toContain(res.status);
      if (row.okStatuses) expect(row.okStatuses).toContain(res.status);
      await row.check?.(res, t, 'member');
    });
    it('as the admin of a foreign association', async () => {
      const res = await callRow(t, row, cookies.get(FOREIGN));
      if (row.foreignStatus !== undefined) expect(res.status).toBe(row.foreignStatus);
      else if (row.namesTenantData) expect(REFUSED).toContain(res.status);
      else {
        expect(REFUSED).not.toContain(res.status);
        await row.check?.(res, t, 'foreign');
      }
    });
  });
  return { app: () => t, cookie: (label) => cookies.get(label)! };
}

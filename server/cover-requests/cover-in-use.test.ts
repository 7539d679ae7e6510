import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { createAs, deviceAs, newRequest } from '../testing/cover-requests';
import { pushOne } from '../testing/people-pushes';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

describe('master data a cover request names', () => {
  it('is not deleted while a request still refers to it', async () => {
    const admin = await deviceAs(t, t.logins.admin);
    const service = { id: newId(), code: 'TEL', name: 'Telefonzentrale', hourlyRateCents: 4800, billingUnit: 'hour' };
    expect((await pushOne(t, admin, 'serviceType.create', service)).status).toBe('applied');
    await createAs(t, t.logins.contact, await newRequest(t, { serviceTypeId: service.id }));
    const refused = await pushOne(t, admin, 'serviceType.delete', { id: service.id, base: {} });
    expect(refused).toMatchObject({ status: 'rejected', code: 'still_in_use' });
  });
});

describe("a person's export", () => {
  it('lists the cover requests the person asked for, and none of a colleague', async () => {
    const admin = await t.login(t.logins.admin);
    const people = await t.db.selectFrom('people').select(['id', 'email']).execute();
    const exportOf = async (email: string) => {
      const id = people.find((p) => p.email === email)!.id;
      const res = await t.request(`/api/admin/people/${id}/export?format=json`, { cookie: admin });
      return ((await res.json()) as { sections: Record<string, { requestedBy: string }[]> }).sections;
    };
    const contact = await exportOf(t.logins.contact);
    expect(contact.coverRequests).toHaveLength(3);
    expect((await exportOf(t.logins.technician)).coverRequests).toEqual([]);
  });
});

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

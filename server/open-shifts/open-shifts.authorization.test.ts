import { createECDH, randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { newId } from '../../shared/ids/ids';
import type { PublishOpenShift } from '../../shared/open-shifts/schema';
import { newShift } from '../testing/open-shifts';
import { describeRouteMatrix, type RouteRow } from '../testing/route-matrix';
import type { TestApp } from '../testing/test-app';

let template: PublishOpenShift;
const shifts: Record<'claim' | 'confirm' | 'decline' | 'withdraw', string> = {
  claim: '',
  confirm: '',
  decline: '',
  withdraw: '',
};

/** One published shift per row, so rows do not change each other's state. */
async function setup(t: TestApp) {
  template = await newShift(t);
  const coordinator = await t.login(t.logins.coordinator);
  for (const key of Object.keys(shifts) as (keyof typeof shifts)[]) {
    const shift = { ...template, id: newId() };
    const res = await t.json('/api/open-shifts', coordinator, shift);
    if (res.status !== 201) throw new Error(`publish: ${res.status}`);
    shifts[key] = shift.id;
  }
}

// A subscription for the push rows: keys from a real key pair; the endpoint is https, so nothing is sent.
const subscription = {
  endpoint: 'https://push.example/matrix',
  keys: {
    p256dh: createECDH('prime256v1').generateKeys().toString('base64url'),
    auth: randomBytes(16).toString('base64url'),
  },
};

const onShift = (key: keyof typeof shifts, act: string) => () => `/api/open-shifts/${shifts[key]}/${act}`;

const rows: RouteRow[] = [
  {
    name: 'publish an open shift',
    method: 'POST',
    path: '/api/open-shifts',
    body: () => ({ ...template, id: newId() }),
    allowed: ['assignments.plan'],
    check: async (res, _t, who) => expect(res.status).toBe(who === 'foreign' ? 400 : 201),
  },
  {
    name: 'claim an open shift',
    method: 'POST',
    path: onShift('claim', 'claim'),
    body: {},
    allowed: ['assignments.work-own'],
    // The cover worker holds the skill and wins; others lack it (422) or find it taken (409).
    okStatuses: [200, 409, 422],
    namesTenantData: true,
    foreignStatus: 404,
  },
  {
    name: 'confirm a claim',
    method: 'POST',
    path: onShift('confirm', 'confirm'),
    body: {},
    allowed: ['assignments.plan'],
    okStatuses: [409],
    namesTenantData: true,
    foreignStatus: 404,
  },
  {
    name: 'decline a claim',
    method: 'POST',
    path: onShift('decline', 'decline'),
    body: {},
    allowed: ['assignments.plan'],
    okStatuses: [409],
    namesTenantData: true,
    foreignStatus: 404,
  },
  {
    name: 'withdraw a shift',
    method: 'POST',
    path: onShift('withdraw', 'withdraw'),
    body: {},
    allowed: ['assignments.plan'],
    okStatuses: [200],
    namesTenantData: true,
    foreignStatus: 404,
  },
  { name: 'VAPID public key', method: 'GET', path: '/api/push/key', allowed: [] },
  { name: 'subscribe to push', method: 'POST', path: '/api/push/subscribe', body: subscription, allowed: [] },
  {
    name: 'unsubscribe from push',
    method: 'POST',
    path: '/api/push/unsubscribe',
    body: { endpoint: subscription.endpoint },
    allowed: [],
  },
];

describeRouteMatrix(rows, setup);

import { newId } from '../../shared/ids/ids';
import {
  type Mutation,
  type MutationResult,
  PROTOCOL_VERSION,
  type PullResponse,
  pullResponseSchema,
  pushResponseSchema,
} from '../../shared/sync/protocol';
import type { TimeEntryInput } from '../../shared/time-entries/schema';
import type { TestApp } from './test-app';

export type Device = { cookie: string; clientId: string; next: number };
export type Draft = Omit<Mutation, 'id'>;

/** A fresh device of the person signed in with `email`. */
export const deviceOf = async (t: TestApp, email: string): Promise<Device> => ({
  cookie: await t.login(email),
  clientId: newId(),
  next: 1,
});

/** Sends the drafts as the device's next mutations through the real push route. */
export async function pushFrom(t: TestApp, d: Device, drafts: Draft[]): Promise<MutationResult[]> {
  const body = {
    type: 'push',
    protocol: PROTOCOL_VERSION,
    clientId: d.clientId,
    mutations: drafts.map((m) => ({ id: d.next++, ...m })),
  };
  const res = await t.json('/api/sync/push', d.cookie, body);
  if (res.status !== 200) throw new Error(`push: ${res.status} ${await res.text()}`);
  return pushResponseSchema.parse(await res.json()).results;
}

/** Everything the device's person may read. */
export async function pullAll(t: TestApp, d: Device): Promise<PullResponse> {
  const res = await t.request('/api/sync/pull?cursor=0&limit=5000', { cookie: d.cookie });
  return pullResponseSchema.parse(await res.json());
}

/**
 * A time entry to push, at the first municipality and service type a pull returned: four hours on
 * 18 November 2026, a draft with a fresh id each call, `over` changing any of it.
 */
export const entryInputFrom =
  ({ upserts }: PullResponse) =>
  (over: Partial<TimeEntryInput> = {}): TimeEntryInput => ({
    id: newId(),
    date: '2026-11-18',
    start: '08:00',
    end: '12:00',
    breakMinutes: 0,
    municipalityId: upserts.municipalities[0]!.id,
    siteId: null,
    serviceTypeId: upserts.serviceTypes[0]!.id,
    assignmentId: null,
    note: '',
    state: 'draft',
    ...over,
  });

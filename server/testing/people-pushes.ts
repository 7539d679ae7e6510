import { newId } from '../../shared/ids/ids';
import type { PersonProfileInput } from '../../shared/people/schema';
import { type MutationResult, PROTOCOL_VERSION, pushResponseSchema } from '../../shared/sync/protocol';
import type { TestApp } from './test-app';

/** A device as the push route knows it: a session and its client id, mutation ids counting up. */
export type PushDevice = { cookie: string; clientId: string; next: number };

export const pushDevice = (cookie: string): PushDevice => ({ cookie, clientId: newId(), next: 1 });

/** Sends mutations from a device; the raw response, for status checks of malformed ones. */
export async function pushRaw(
  t: TestApp,
  d: PushDevice,
  mutations: { name: string; args: unknown }[],
): Promise<Response> {
  return t.json('/api/sync/push', d.cookie, {
    type: 'push',
    protocol: PROTOCOL_VERSION,
    clientId: d.clientId,
    mutations: mutations.map((m) => ({ id: d.next++, ...m })),
  });
}

/** Sends one mutation; it must get an answer (200). */
export async function pushOne(t: TestApp, d: PushDevice, name: string, args: unknown): Promise<MutationResult> {
  const res = await pushRaw(t, d, [{ name, args }]);
  if (res.status !== 200) throw new Error(`push ${name}: ${res.status} ${await res.text()}`);
  return pushResponseSchema.parse(await res.json()).results[0]!;
}

/** A new person's details, valid as they are. */
export const newProfile = (over: Partial<PersonProfileInput> = {}): PersonProfileInput => {
  const id = over.id ?? newId();
  return {
    id,
    displayName: 'Miriam Pucher',
    email: `miriam.${id}@beispiel.example`,
    roles: ['staff'],
    skills: ['Bürgerbüro'],
    municipalityId: null,
    employingBody: 'Gemeindeverband',
    weeklyTargetMinutes: 30 * 60,
    activeFrom: '2026-12-01',
    activeTo: null,
    dateOfBirth: null,
    trainingOccupation: '',
    trainingFrom: null,
    trainingTo: null,
    ...over,
  };
};

import { newId } from '../../shared/ids/ids';
import type { CoverRequest } from '../../shared/cover-requests/schema';
import type { MutationResult } from '../../shared/sync/protocol';
import { emailOf } from '../demo/data';
import { type PushDevice, pushDevice, pushOne } from './people-pushes';
import { foreignAdmin } from './route-matrix';
import type { TestApp } from './test-app';

export type NewRequest = Omit<CoverRequest, 'rev' | 'updatedAt' | 'requestedBy'>;

/** The second demo coordinator, so two planners can fill at once. */
export const secondCoordinator = emailOf('Sabine Koller');

/** The municipality the demo contact speaks for, its town hall, and another municipality with a site. */
export async function coverPlaces(t: TestApp) {
  const contact = await t.db
    .selectFrom('people')
    .select(['id', 'municipalityId'])
    .where('email', '=', t.logins.contact)
    .executeTakeFirstOrThrow();
  const own = contact.municipalityId!;
  const sites = await t.db.selectFrom('sites').select(['id', 'municipalityId', 'kind']).execute();
  const ownSite = sites.find((s) => s.municipalityId === own && s.kind === 'town_hall')!;
  const otherSite = sites.find((s) => s.municipalityId !== own && s.kind === 'town_hall')!;
  const service = await t.db
    .selectFrom('serviceTypes')
    .select('id')
    .where('code', '=', 'BUERGER')
    .executeTakeFirstOrThrow();
  const cover = await t.db
    .selectFrom('people')
    .select('id')
    .where('email', '=', t.logins.cover)
    .executeTakeFirstOrThrow();
  return {
    contactId: contact.id,
    own,
    ownSite: ownSite.id,
    other: otherSite.municipalityId,
    otherSite: otherSite.id,
    service: service.id,
    coverId: cover.id,
  };
}

/** A valid open request for the contact's municipality: one morning next week, needing the cover worker's skill. */
export async function newRequest(t: TestApp, over: Partial<NewRequest> = {}): Promise<NewRequest> {
  const p = await coverPlaces(t);
  return {
    id: newId(),
    municipalityId: p.own,
    siteId: p.ownSite,
    serviceTypeId: p.service,
    skills: ['Meldeamt'],
    slots: [{ start: '2026-11-23T12:00:00.000Z', end: '2026-11-23T16:00:00.000Z' }],
    urgency: 'urgent',
    note: 'Meldeamt ab 8 Uhr',
    state: 'open',
    coveredBy: null,
    assignmentIds: [],
    ...over,
  };
}

export const deviceAs = async (t: TestApp, email: string): Promise<PushDevice> => pushDevice(await t.login(email));

/** The fill a planner's device sends: the person and one new assignment id per slot. */
export const fillArgs = (r: { id: string; rev: number; slots: unknown[] }, personId: string) => ({
  id: r.id,
  baseRev: r.rev,
  base: { state: 'open' as const, coveredBy: null, assignmentIds: [] },
  changes: { state: 'assigned' as const, coveredBy: personId, assignmentIds: r.slots.map(() => newId()) },
});

/** Creates a request as `email`; it must be applied. */
export async function createAs(t: TestApp, email: string, request: NewRequest): Promise<CoverRequest> {
  const answer: MutationResult = await pushOne(t, await deviceAs(t, email), 'coverRequest.create', request);
  if (answer.status !== 'applied') throw new Error(`create: ${JSON.stringify(answer)}`);
  return answer.row as CoverRequest;
}

/** A site that another association's administrator created (with its municipality), through the push route. */
export async function siteOfAnotherAssociation(t: TestApp): Promise<string> {
  const admin = pushDevice(await foreignAdmin(t));
  const [municipalityId, siteId] = [newId(), newId()];
  const place = { street: '', postalCode: '', city: 'Fremdstadt' };
  const contact = { costCentre: '', contactName: '', contactEmail: '', contactPhone: '' };
  const municipality = { id: municipalityId, name: 'Fremdstadt', country: 'DE', state: 'DE-HE', ...place, ...contact };
  await pushOne(t, admin, 'municipality.create', municipality);
  const site = {
    id: siteId,
    municipalityId,
    name: 'Rathaus',
    kind: 'town_hall',
    ...place,
    latitude: null,
    longitude: null,
  };
  const answer = await pushOne(t, admin, 'site.create', site);
  if (answer.status !== 'applied') throw new Error(`site.create: ${JSON.stringify(answer)}`);
  return siteId;
}

import { newId } from '../shared/ids/ids';
import { type Mutation, PROTOCOL_VERSION, type PushRequest } from '../shared/sync/protocol';

export type EntryRefs = { municipalityId: string; serviceTypeId: string };

/** A `timeEntry.create` mutation as a device would queue it. */
export const createEntryMutation = (mutationId: number, refs: EntryRefs, note = 'bench'): Mutation => ({
  id: mutationId,
  name: 'timeEntry.create',
  args: {
    id: newId(),
    date: '2026-03-02',
    start: '08:00',
    end: '09:00',
    breakMinutes: 0,
    municipalityId: refs.municipalityId,
    siteId: null,
    serviceTypeId: refs.serviceTypeId,
    assignmentId: null,
    note,
    state: 'draft',
  },
});

export const pushBody = (clientId: string, mutations: Mutation[]): string =>
  JSON.stringify({ type: 'push', protocol: PROTOCOL_VERSION, clientId, mutations } satisfies PushRequest);

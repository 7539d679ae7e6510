import { coverRequestRecord } from '../../shared/cover-requests/record';
import type { CoverRequest, CoverRequestChanges } from '../../shared/cover-requests/schema';
import { newId } from '../../shared/ids/ids';
import type { LocalDb } from '../db/local-db';
import { localWriter } from '../sync/local-write';
import { trustedNow } from '../sync/server-clock';
import { coverRequestRows } from './request-rows';

const writes = localWriter(coverRequestRecord, coverRequestRows);

export type NewCoverRequest = Pick<
  CoverRequest,
  'municipalityId' | 'siteId' | 'serviceTypeId' | 'skills' | 'slots' | 'urgency' | 'note'
>;

/** A new open request and its create in the outbox; the server stamps who asked. */
export function createCoverRequest(
  db: LocalDb,
  requestedBy: string,
  input: NewCoverRequest,
  now = trustedNow(),
): Promise<CoverRequest> {
  const row: CoverRequest = {
    ...input,
    id: newId(),
    rev: 0,
    updatedAt: now.toISOString(),
    state: 'open',
    coveredBy: null,
    assignmentIds: [],
    requestedBy,
  };
  return writes.create(db, row, now);
}

export function updateCoverRequest(
  db: LocalDb,
  id: string,
  changes: CoverRequestChanges,
  now = trustedNow(),
): Promise<CoverRequest> {
  return writes.update(db, id, changes, now);
}

/**
 * A planner fills the request with a person: one assignment id per slot, made here so the fill can wait
 * offline and be checked again on arrival (the server creates the assignments with these ids).
 */
export function fillCoverRequest(db: LocalDb, request: CoverRequest, personId: string): Promise<CoverRequest> {
  const assignmentIds = request.slots.map(() => newId());
  return updateCoverRequest(db, request.id, { state: 'assigned', coveredBy: personId, assignmentIds });
}

export const cancelCoverRequest = (db: LocalDb, id: string): Promise<CoverRequest> =>
  updateCoverRequest(db, id, { state: 'cancelled' });

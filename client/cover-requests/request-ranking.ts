import type { CoverRequest } from '../../shared/cover-requests/schema';
import { indexCandidates } from '../../shared/planning/candidate-index';
import type { CandidateSlot } from '../../shared/planning/candidates';
import { type RequestCandidate, rankForRequest } from '../../shared/planning/request-candidates';
import type { LocalDb } from '../db/local-db';
import { deviceRankingData } from '../planning/candidates-data';

/** The request's days as the ranking's slots (epoch milliseconds). */
export const slotsOfRequest = (r: CoverRequest): CandidateSlot[] =>
  r.slots.map((s) => ({
    municipalityId: r.municipalityId,
    siteId: r.siteId,
    serviceTypeId: r.serviceTypeId,
    skills: r.skills,
    start: Date.parse(s.start),
    end: Date.parse(s.end),
  }));

/** Who could cover the request, best first, from what this device holds (the board's data, read offline). */
export async function rankRequestOnDevice(
  db: LocalDb,
  user: { associationId: string; timeZone: string },
  request: CoverRequest,
): Promise<RequestCandidate[]> {
  const slots = slotsOfRequest(request);
  if (slots.length === 0) return [];
  const around = { start: Math.min(...slots.map((s) => s.start)), end: Math.max(...slots.map((s) => s.end)) };
  return rankForRequest(indexCandidates(await deviceRankingData(db, user.associationId, user.timeZone, around)), slots);
}

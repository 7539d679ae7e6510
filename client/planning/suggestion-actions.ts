import type { Assignment } from '../../shared/assignments/schema';
import type { CandidateSlot } from '../../shared/planning/candidates';
import type { LocalDb } from '../db/local-db';
import { planAssignment } from './board-actions';

/** "Einplanen": the slot as a planned assignment of the chosen person, through the board's writes (synced). */
export function planSuggestion(db: LocalDb, slot: CandidateSlot, personId: string, task: string): Promise<Assignment> {
  return planAssignment(db, {
    personId,
    municipalityId: slot.municipalityId,
    siteId: slot.siteId,
    serviceTypeId: slot.serviceTypeId,
    plannedStart: new Date(slot.start).toISOString(),
    plannedEnd: new Date(slot.end).toISOString(),
    task,
  });
}

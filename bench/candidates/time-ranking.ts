import { indexCandidates, type RankingData } from '../../shared/planning/candidate-index';
import { type CandidateSlot, rankCandidates } from '../../shared/planning/candidates';

export type RankingTimes = { rankMs: number[]; indexMs: number[]; candidates: number };

/**
 * Times each round's indexing (what a request or a device does once per data load) and the ranking of
 * one slot over it, so the summary can report both; `warmup` rounds are left out.
 */
export function timeRanking(data: RankingData, slot: CandidateSlot, runs = 15, warmup = 5): RankingTimes {
  const times: RankingTimes = { rankMs: [], indexMs: [], candidates: 0 };
  for (let round = 0; round < warmup + runs; round++) {
    const started = performance.now();
    const index = indexCandidates(data);
    const indexed = performance.now();
    times.candidates = rankCandidates(index, { ...slot, start: slot.start + round, end: slot.end + round }).length;
    if (round < warmup) continue;
    times.indexMs.push(indexed - started);
    times.rankMs.push(performance.now() - indexed);
  }
  return times;
}

/** The Chromium side of bench/candidate-ranking.ts: builds the data in the page and times the ranking. */
import { benchRankingData } from './candidate-data';
import { timeRanking } from './time-ranking';

(window as unknown as { candidateBench: unknown }).candidateBench = {
  run(runs: number, warmup: number) {
    const { data, slot } = benchRankingData();
    return timeRanking(data, slot, runs, warmup);
  },
};

import type { OpenShift, OpenShiftState } from '../../shared/open-shifts/schema';

// What needs the coordinator first: claims waiting for her, then shifts still open.
const RANK: Record<OpenShiftState, number> = { pending: 0, open: 1, taken: 2, withdrawn: 3 };
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** The shifts on the planners' page: those not over for more than a week, waiting ones first, then by start. */
export const plannerOrder = (shifts: readonly OpenShift[], now: Date): OpenShift[] =>
  shifts
    .filter((s) => Date.parse(s.plannedEnd) > now.getTime() - WEEK_MS)
    .sort((a, b) => RANK[a.state] - RANK[b.state] || a.plannedStart.localeCompare(b.plannedStart));

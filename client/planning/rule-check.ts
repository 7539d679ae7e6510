import type { Assignment, RuleOverride } from '../../shared/assignments/schema';
import type { Country } from '../../shared/masterdata/schemas';
import { dateIn } from '../../shared/time/dates';
import { breachedRules, planWarnings } from '../../shared/working-time/plan-check';
import type { WorkingTimeWarning } from '../../shared/working-time/types';
import type { LocalDb } from '../db/local-db';
import { workContextOf } from '../working-time/work-context';

export type Planned = Pick<Assignment, 'id' | 'personId' | 'plannedStart' | 'plannedEnd' | 'status' | 'municipalityId'>;

/**
 * The working-time warnings a plan would add for its person, as far as the device knows (her other
 * assignments in every municipality, the association's pack, her date of birth, the cached public holidays,
 * closure days and her school days: client/working-time/work-context.ts); the server checks again
 * on arrival and refuses a breach without an override as `working_time`.
 */
export async function ruleWarningsOf(
  db: LocalDb,
  a: Planned,
  fallback: { timeZone: string; municipalities: readonly { country: Country }[] },
): Promise<WorkingTimeWarning[]> {
  const zone = (await db.associationSettings.toCollection().first())?.timeZone ?? fallback.timeZone;
  const [ctx, others] = await Promise.all([
    workContextOf(db, a.personId, dateIn(zone, new Date(a.plannedStart)), fallback),
    db.assignments.where('personId').equals(a.personId).toArray(),
  ]);
  return planWarnings(ctx, a, others);
}

/**
 * The override to send with a plan: none when nothing is breached, else the coordinator's reason for the
 * breached rules (who and when are stamped again by the server). An empty reason gives `missing`.
 */
export function overrideFor(
  warnings: readonly WorkingTimeWarning[],
  reason: string,
  by: string,
  now: Date,
): { override: RuleOverride | null } | { missing: true } {
  const rules = breachedRules(warnings);
  if (rules.length === 0) return { override: null };
  const trimmed = reason.trim();
  if (!trimmed) return { missing: true };
  return { override: { reason: trimmed, warnings: rules, by, at: now.toISOString() } };
}

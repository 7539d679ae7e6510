import { z } from 'zod';
import { textSchema } from '../text/text';
import { packIds, type RuleCode, type WorkingTimeWarning } from './types';

export const ruleCodes = [
  'daily_max',
  'daily_breaks',
  'work_stretch',
  'shift_span',
  'daily_rest',
  'weekly_max',
  'weekly_rest',
  'night_work',
  'days_per_week',
  'rest_day',
  'school_time',
  'school_morning',
] as const satisfies readonly RuleCode[];

/** A warning as it travels: in a push result, and beside an override that answers it. */
export const workingTimeWarningSchema = z.object({
  rule: z.enum(ruleCodes),
  pack: z.enum(packIds),
  paragraph: z.string().max(80),
  severity: z.enum(['warning', 'notice']),
  date: z.iso.date(),
  params: z.record(z.string().max(40), z.union([z.number(), z.string().max(80)])),
}) satisfies z.ZodType<WorkingTimeWarning>;

/** A coordinator planning past a warning says why; the reason is stored with the rule it overrides. */
export const warningOverrideSchema = z.object({
  rule: z.enum(ruleCodes),
  paragraph: z.string().max(80),
  date: z.iso.date(),
  reason: textSchema(500).trim().min(1),
});
export type WarningOverride = z.infer<typeof warningOverrideSchema>;

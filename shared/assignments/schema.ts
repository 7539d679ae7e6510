import { z } from 'zod';
import { idSchema } from '../ids/ids';
import { syncedFields } from '../masterdata/schemas';
import { textSchema } from '../text/text';
import { ruleCodes } from '../working-time/schema';

export const assignmentStatuses = ['planned', 'started', 'done', 'cancelled'] as const;
export const assignmentStatusSchema = z.enum(assignmentStatuses);
export type AssignmentStatus = z.infer<typeof assignmentStatusSchema>;

/**
 * A coordinator planning past working-time warnings says why (issue 16): the reason, the rules it answers,
 * and who decided when (stamped by the server on arrival; the device's own values are only a preview).
 */
export const ruleOverrideSchema = z.object({
  reason: textSchema(500).trim().min(1),
  warnings: z.array(z.enum(ruleCodes)).min(1).max(ruleCodes.length),
  by: idSchema,
  at: z.iso.datetime(),
});
export type RuleOverride = z.infer<typeof ruleOverrideSchema>;

export const assignmentFields = {
  personId: idSchema,
  municipalityId: idSchema,
  siteId: idSchema,
  serviceTypeId: idSchema,
  plannedStart: z.iso.datetime(),
  plannedEnd: z.iso.datetime(),
  task: textSchema(2000),
  status: assignmentStatusSchema,
  workerNotes: textSchema(4000),
  // Optional: devices from before the field push assignments without it.
  ruleOverride: ruleOverrideSchema.nullable().optional(),
};

export const assignmentSchema = z.object({
  ...syncedFields,
  ...assignmentFields,
  /** The series it was expanded from (issue 17), set by the server; optional for rows from before. */
  seriesId: idSchema.nullable().optional(),
});
export type Assignment = z.infer<typeof assignmentSchema>;
export type AssignmentField = keyof typeof assignmentFields;

/** The worker owns status and notes; everything else belongs to the coordinator's plan. */
export const workerFields = ['status', 'workerNotes'] as const satisfies readonly AssignmentField[];
export const scheduleFields = [
  'personId',
  'municipalityId',
  'siteId',
  'serviceTypeId',
  'plannedStart',
  'plannedEnd',
  'task',
  'ruleOverride',
] as const satisfies readonly AssignmentField[];

export const assignmentChangesSchema = z.object(assignmentFields).partial().strict();
export type AssignmentChanges = z.infer<typeof assignmentChangesSchema>;

/** Status moves a worker may make; cancelling is a planning decision. */
export const workerStatusMoves: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  planned: ['started', 'done'],
  started: ['planned', 'done'],
  done: ['started'],
  cancelled: [],
};

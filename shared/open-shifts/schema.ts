import { z } from 'zod';
import { idSchema } from '../ids/ids';
import { syncedFields } from '../masterdata/schemas';
import { textSchema } from '../text/text';

/** open: anyone eligible may claim; pending: claimed, waiting for the coordinator; taken: an assignment exists. */
export const openShiftStates = ['open', 'pending', 'taken', 'withdrawn'] as const;
export type OpenShiftState = (typeof openShiftStates)[number];

export const skillListSchema = z.array(textSchema(60).trim().min(1)).max(20);

/** What a coordinator publishes (`POST /api/open-shifts`); the id is made by the device. */
export const publishOpenShiftSchema = z
  .object({
    id: idSchema,
    municipalityId: idSchema,
    siteId: idSchema,
    serviceTypeId: idSchema,
    plannedStart: z.iso.datetime(),
    plannedEnd: z.iso.datetime(),
    task: textSchema(2000),
    skills: skillListSchema,
    needsConfirmation: z.boolean(),
  })
  .strict()
  .refine((s) => Date.parse(s.plannedEnd) > Date.parse(s.plannedStart), {
    path: ['plannedEnd'],
    message: 'The end must be after the start',
  });
export type PublishOpenShift = z.infer<typeof publishOpenShiftSchema>;

/** A coordinator confirming a pending claim past working-time warnings says why (as on the board). */
export const confirmClaimSchema = z.object({ reason: textSchema(500).trim().min(1).optional() }).strict();
export type ConfirmClaim = z.infer<typeof confirmClaimSchema>;

export const openShiftSchema = z.object({
  ...syncedFields,
  municipalityId: idSchema,
  siteId: idSchema,
  serviceTypeId: idSchema,
  plannedStart: z.iso.datetime(),
  plannedEnd: z.iso.datetime(),
  task: textSchema(2000),
  skills: skillListSchema,
  needsConfirmation: z.boolean(),
  state: z.enum(openShiftStates),
  claimedBy: idSchema.nullable(),
  claimedAt: z.iso.datetime().nullable(),
  /** The assignment the claim created (its id is the shift's own: a claim replayed cannot make two). */
  assignmentId: idSchema.nullable(),
  /** Who may claim it: active staff holding every skill when it was published. */
  eligibleIds: z.array(idSchema),
  publishedBy: idSchema,
});
export type OpenShift = z.infer<typeof openShiftSchema>;

/** The answer to a claim: the shift as it is now, and working-time warnings the coordinator will see. */
export type ClaimResponse = { shift: OpenShift; warnings: { rule: string; paragraph: string; date: string }[] };

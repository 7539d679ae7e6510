import { z } from 'zod';
import { idSchema } from '../ids/ids';
import { syncedFields } from '../masterdata/schemas';
import { textSchema } from '../text/text';

export const coverStates = ['open', 'assigned', 'done', 'cancelled'] as const;
export const coverStateSchema = z.enum(coverStates);
export type CoverState = z.infer<typeof coverStateSchema>;

export const urgencies = ['normal', 'urgent'] as const;
export type Urgency = (typeof urgencies)[number];

/** One stretch of time to cover, as instants (the form enters date and times in the association's zone). */
export const coverSlotSchema = z.object({ start: z.iso.datetime(), end: z.iso.datetime() }).strict();
export type CoverSlot = z.infer<typeof coverSlotSchema>;

/** A request covers at most a month of single days: longer absences are planned, not requested. */
export const MAX_COVER_SLOTS = 31;

export const coverRequestFields = {
  municipalityId: idSchema,
  siteId: idSchema,
  serviceTypeId: idSchema,
  /** Skill labels as people's skills are stored (shared/people); each must be held by someone. */
  skills: z.array(textSchema(60).trim().min(1)).max(20),
  slots: z.array(coverSlotSchema).min(1).max(MAX_COVER_SLOTS),
  urgency: z.enum(urgencies),
  note: textSchema(2000),
  state: coverStateSchema,
  /** Who covers it, set when a coordinator fills the request. */
  coveredBy: idSchema.nullable(),
  /** The assignments the fill created, one per slot; their ids are made by the filling device. */
  assignmentIds: z.array(idSchema).max(MAX_COVER_SLOTS),
};
export type CoverRequestField = keyof typeof coverRequestFields;

export const coverRequestSchema = z.object({
  ...syncedFields,
  ...coverRequestFields,
  /** Who asked, stamped by the server from the session. */
  requestedBy: idSchema,
});
export type CoverRequest = z.infer<typeof coverRequestSchema>;
export type CoverRequestChanges = Partial<z.infer<z.ZodObject<typeof coverRequestFields>>>;

/** What the requester describes; the rest belongs to the state machine (states.ts). */
export const requestFields = [
  'municipalityId',
  'siteId',
  'serviceTypeId',
  'skills',
  'slots',
  'urgency',
  'note',
] as const satisfies readonly CoverRequestField[];
export const fillFields = ['state', 'coveredBy', 'assignmentIds'] as const satisfies readonly CoverRequestField[];

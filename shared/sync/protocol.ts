import { z } from 'zod';
import { assignmentChangesSchema, assignmentSchema } from '../assignments/schema';
import { idSchema } from '../ids/ids';
import { municipalitySchema, personSchema, serviceTypeSchema, siteSchema } from '../masterdata/schemas';
import { timeEntryChangesSchema, timeEntryInputSchema, timeEntrySchema } from '../time-entries/schema';

/** Bumped on any incompatible change; the server refuses other versions with a clear code. */
export const PROTOCOL_VERSION = 1;
export const MAX_PUSH_MUTATIONS = 500;
export const DEFAULT_PULL_LIMIT = 2000;
/**
 * On a pull page with more to come, the cursor to continue from, also as a response header: a device
 * can ask for the next page as soon as the headers arrive, while this page's body still downloads.
 */
export const NEXT_CURSOR_HEADER = 'X-Sync-Next-Cursor';
export const MAX_PULL_LIMIT = 5000;

export const syncTables = ['municipalities', 'sites', 'serviceTypes', 'people', 'assignments', 'timeEntries'] as const;
export type SyncTable = (typeof syncTables)[number];

export const rowSchemas = {
  municipalities: municipalitySchema,
  sites: siteSchema,
  serviceTypes: serviceTypeSchema,
  people: personSchema,
  assignments: assignmentSchema,
  timeEntries: timeEntrySchema,
} as const satisfies Record<SyncTable, z.ZodType>;
export type RowOf<T extends SyncTable> = z.infer<(typeof rowSchemas)[T]>;

/**
 * Mutation ids count up per device from 1; a bound keeps one absurd id from making every later
 * mutation of the device look already processed.
 */
export const MAX_MUTATION_ID = 2 ** 31 - 1;
const mutationBase = { id: z.number().int().positive().max(MAX_MUTATION_ID) };

/**
 * Answers that mean the device's numbering disagrees with the server's (a restored or copied device
 * database): the mutation was not applied, and the device sends it again under a new client id.
 */
export const RENEW_CLIENT_CODES = ['already_processed', 'mutation_out_of_order', 'mutation_id_reused'] as const;

export const mutationSchema = z.discriminatedUnion('name', [
  z.object({ ...mutationBase, name: z.literal('timeEntry.create'), args: timeEntryInputSchema }),
  z.object({
    ...mutationBase,
    name: z.literal('timeEntry.update'),
    args: z.object({ id: idSchema, baseRev: z.number().int().nonnegative(), base: timeEntryChangesSchema, changes: timeEntryChangesSchema }),
  }),
  z.object({
    ...mutationBase,
    name: z.literal('timeEntry.delete'),
    // The fields as the device last saw them: a delete against a concurrent edit is a conflict.
    args: z.object({ id: idSchema, base: timeEntryChangesSchema }),
  }),
  z.object({
    ...mutationBase,
    name: z.literal('assignment.update'),
    args: z.object({ id: idSchema, baseRev: z.number().int().nonnegative(), base: assignmentChangesSchema, changes: assignmentChangesSchema }),
  }),
]);
export type Mutation = z.infer<typeof mutationSchema>;
export type MutationName = Mutation['name'];
export type MutationArgs<N extends MutationName> = Extract<Mutation, { name: N }>['args'];

export const pushRequestSchema = z.object({
  type: z.literal('push'),
  protocol: z.literal(PROTOCOL_VERSION),
  clientId: idSchema,
  mutations: z.array(mutationSchema).min(1).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const mutationStatuses = ['applied', 'merged', 'conflict', 'rejected'] as const;

const syncedRow = z.union([timeEntrySchema, assignmentSchema]);
export const mutationResultSchema = z.object({
  mutationId: z.number().int().positive(),
  status: z.enum(mutationStatuses),
  /** Why a mutation was rejected or conflicted: a stable code the UI translates. */
  code: z.string().optional(),
  message: z.string().optional(),
  /** Fields both sides changed differently (conflict only). */
  fields: z.array(z.string()).optional(),
  /** The server's row after the mutation, or its current one on conflict/rejection; null when none exists. */
  row: syncedRow.nullable().optional(),
});
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({
  type: z.literal('push-result'),
  protocol: z.literal(PROTOCOL_VERSION),
  results: z.array(mutationResultSchema),
  serverTime: z.iso.datetime(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullQuerySchema = z.object({
  cursor: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
  clientId: idSchema.optional(),
});

export const pullResponseSchema = z.object({
  type: z.literal('pull-result'),
  protocol: z.literal(PROTOCOL_VERSION),
  /** Continue from here; revisions follow commit order within an association. */
  cursor: z.number().int().nonnegative(),
  more: z.boolean(),
  upserts: z.object({
    municipalities: z.array(municipalitySchema),
    sites: z.array(siteSchema),
    serviceTypes: z.array(serviceTypeSchema),
    people: z.array(personSchema),
    assignments: z.array(assignmentSchema),
    timeEntries: z.array(timeEntrySchema),
  }),
  /** Ids that were deleted or left this user's scope, per table. */
  deletes: z.object(Object.fromEntries(syncTables.map((t) => [t, z.array(idSchema)])) as Record<SyncTable, z.ZodArray<typeof idSchema>>),
  /** The last mutation of this client the server has applied, so a device can tell if it lost data. */
  lastMutationId: z.number().int().nonnegative().nullable(),
  serverTime: z.iso.datetime(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

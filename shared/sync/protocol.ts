import { z } from 'zod';
import { issueSchema } from '../errors/errors';
import { idSchema } from '../ids/ids';
import { argsSchemaOf, type MutationsOf } from './record';
import { records } from './records';
import {
  DEFAULT_PULL_LIMIT,
  MAX_MUTATION_ID,
  MAX_PULL_LIMIT,
  MAX_PUSH_MUTATIONS,
  mutationStatuses,
  PROTOCOL_VERSION,
  syncTables as plainSyncTables,
} from './protocol-constants';

export {
  DEFAULT_PULL_LIMIT,
  MAX_MUTATION_ID,
  MAX_PULL_LIMIT,
  MAX_PUSH_MUTATIONS,
  mutationStatuses,
  NEXT_CURSOR_HEADER,
  opOfMutation,
  PROTOCOL_VERSION,
  RENEW_CLIENT_CODES,
} from './protocol-constants';

type Records = (typeof records)[number];
export type SyncTable = Records['table'];
/** The registry's tables in its order, as protocol-constants.ts must list them. */
type TablesOf<R extends readonly unknown[]> = { readonly [K in keyof R]: R[K] extends { table: infer T } ? T : never };
type TablesInOrder = TablesOf<typeof records>;
export const syncTables = plainSyncTables satisfies TablesInOrder as readonly [SyncTable, ...SyncTable[]];

export type RecordOf<T extends SyncTable> = Extract<Records, { table: T }>;
export type RowOf<T extends SyncTable> = z.infer<RecordOf<T>['row']>;
/** A row of any synced table. */
export type AnyRow = RowOf<SyncTable>;
export const rowSchemas = Object.fromEntries(records.map((r) => [r.table, r.row])) as {
  [T in SyncTable]: RecordOf<T>['row'];
};
export const recordOf = <T extends SyncTable>(table: T): RecordOf<T> =>
  records.find((r) => r.table === table) as RecordOf<T>;

const mutationBase = { id: z.number().int().positive().max(MAX_MUTATION_ID) };

/** Every mutation of every record type: `{ id, name, args }`, told apart by name. */
export type Mutation = MutationsOf<Records> & { id: number };
export type MutationName = Mutation['name'];
/** Which table a mutation changes, by its name. */
export const tableOfMutation = new Map<string, SyncTable>(
  records.flatMap((r) => r.ops.map((op) => [`${r.prefix}.${op}`, r.table] as const)),
);

const mutationOptions = records.flatMap((r) =>
  r.ops.map((op) =>
    z.object({ ...mutationBase, name: z.literal(`${r.prefix}.${op}`), args: argsSchemaOf(op, r.editable) }),
  ),
);
// Built from the list, so zod cannot see the union's members; the type above states them.
export const mutationSchema = z.discriminatedUnion(
  'name',
  mutationOptions as [(typeof mutationOptions)[number], ...(typeof mutationOptions)[number][]],
) as unknown as z.ZodType<Mutation>;
export type MutationArgs<N extends MutationName> = Extract<Mutation, { name: N }>['args'];

export const pushRequestSchema = z.object({
  type: z.literal('push'),
  protocol: z.literal(PROTOCOL_VERSION),
  clientId: idSchema,
  mutations: z.array(mutationSchema).min(1).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

const syncedRow = z.union(
  records.filter((r) => r.ops.length > 0).map((r) => r.row) as unknown as [z.ZodObject, z.ZodObject],
);
export const mutationResultSchema = z.object({
  mutationId: z.number().int().positive(),
  status: z.enum(mutationStatuses),
  /** Why a mutation was rejected or conflicted: a stable code the UI translates. */
  code: z.string().optional(),
  message: z.string().optional(),
  /** Fields both sides changed differently (conflict only). */
  fields: z.array(z.string()).optional(),
  /** The fields a rejection names (path, code, message), as the API's errors do. */
  details: z.array(issueSchema).optional(),
  /** The server's row after the mutation, or its current one on conflict/rejection; null when none exists. */
  row: (syncedRow as unknown as z.ZodType<AnyRow>).nullable().optional(),
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
  upserts: z.object(
    Object.fromEntries(records.map((r) => [r.table, z.array(r.row)])) as {
      [T in SyncTable]: z.ZodArray<RecordOf<T>['row']>;
    },
  ),
  /** Ids that were deleted or left this user's scope, per table. */
  deletes: z.object(
    Object.fromEntries(syncTables.map((t) => [t, z.array(idSchema)])) as Record<SyncTable, z.ZodArray<typeof idSchema>>,
  ),
  /**
   * Names what this person may see (roles, municipality, apprentices at their stations today). When it
   * changes, rows may have entered or left their scope without a change of their own: the device then
   * pulls everything again and drops what did not come (client/sync/rescope.ts).
   */
  scope: z.string(),
  /** The last mutation of this client the server has applied, so a device can tell if it lost data. */
  lastMutationId: z.number().int().nonnegative().nullable(),
  serverTime: z.iso.datetime(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

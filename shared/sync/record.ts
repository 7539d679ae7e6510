import { z } from 'zod';
import { idSchema } from '../ids/ids';

/** The standard mutations a record type may offer; each has one argument shape for every type. */
export type Op = 'create' | 'update' | 'delete';

/**
 * One synced record type, as both sides know it: its table, row schema, the fields people edit, the
 * mutations it offers, and which fields are whose. `shared/sync/records.ts` lists every definition;
 * the protocol (tables, rows, mutations, pull shape) is derived from that list.
 */
export type RecordDef<
  T extends string = string,
  P extends string = string,
  R extends z.ZodRawShape = z.ZodRawShape,
  E extends z.ZodRawShape = z.ZodRawShape,
  O extends Op = Op,
> = {
  /** The protocol's table name (camelCase), as in pull pages and on the device. */
  readonly table: T;
  /** Mutation names are `${prefix}.${op}`. */
  readonly prefix: P;
  readonly row: z.ZodObject<R>;
  /** The fields a mutation may set; person, revision and server stamps are not among them. */
  readonly editable: E;
  readonly ops: readonly O[];
  /**
   * Who owns which fields, where that differs by role (a worker owns status and notes of an
   * assignment, the planner the rest); the server checks it, the device uses it for "keep mine".
   */
  readonly owners?: Readonly<Record<string, readonly (keyof E & string)[]>>;
};

type Owners<E extends z.ZodRawShape> = Readonly<Record<string, readonly (keyof E & string)[]>>;

/** Keeps the definition's literal types (table, prefix, ops, owners), which the protocol is derived from. */
export function defineRecord<
  const T extends string,
  const P extends string,
  R extends z.ZodRawShape,
  E extends z.ZodRawShape,
  const O extends Op = never,
  const W extends Owners<E> = Record<never, never>,
>(def: RecordDef<T, P, R, E, O> & { readonly owners?: W }): RecordDef<T, P, R, E, O> & { readonly owners: W } {
  return { ...def, owners: def.owners ?? ({} as W) };
}

/** Argument schemas of the standard mutations, the same shape for every record type. */
export const createArgs = <E extends z.ZodRawShape>(editable: E) => z.object({ id: idSchema, ...editable }).strict();
export const changesOf = <E extends z.ZodRawShape>(editable: E) => z.object(editable).partial().strict();
export const updateArgs = <E extends z.ZodRawShape>(editable: E) =>
  z.object({
    id: idSchema,
    baseRev: z.number().int().nonnegative(),
    base: changesOf(editable),
    changes: changesOf(editable),
  });
/** The fields as the device last saw them: a delete against a concurrent edit is a conflict. */
export const deleteArgs = <E extends z.ZodRawShape>(editable: E) =>
  z.object({ id: idSchema, base: changesOf(editable) });

export type ArgsOf<O extends Op, E extends z.ZodRawShape> = O extends 'create'
  ? z.infer<ReturnType<typeof createArgs<E>>>
  : O extends 'update'
    ? z.infer<ReturnType<typeof updateArgs<E>>>
    : z.infer<ReturnType<typeof deleteArgs<E>>>;

/** Every mutation a definition offers, as `{ name, args }`. */
export type MutationsOf<D> =
  D extends RecordDef<string, infer P, z.ZodRawShape, infer E, infer O>
    ? O extends Op
      ? { name: `${P}.${O}`; args: ArgsOf<O, E> }
      : never
    : never;

export const argsSchemaOf = (op: Op, editable: z.ZodRawShape): z.ZodObject =>
  op === 'create' ? createArgs(editable) : op === 'update' ? updateArgs(editable) : deleteArgs(editable);

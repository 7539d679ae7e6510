import { z } from 'zod';
import { idSchema } from '../ids/ids';

/** A page's position: the (time, id) of the last row shown; the next page starts below it. */
export const auditCursorSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_[0-9a-f-]{36}$/, 'Expected a cursor from a previous page');

/** Record tables are camelCase names (`timeEntries`); administrative acts name theirs the same way. */
const tableSchema = z.string().regex(/^[a-z][a-zA-Z]{0,39}$/, 'Expected a table name such as timeEntries');

/**
 * `GET /api/admin/audit`: every filter optional. `person` matches rows the person made or that are
 * about their own record; `from` and `to` are days in the association's time zone, both included.
 */
export const auditQuerySchema = z
  .object({
    actor: idSchema.optional(),
    person: idSchema.optional(),
    table: tableSchema.optional(),
    rowId: idSchema.optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    before: auditCursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'The end lies before the start' });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** One line of the log as the admin page gets it; values are the record's API fields. */
export const auditRowSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  action: z.string(),
  table: z.string().nullable(),
  rowId: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  redacted: z.boolean(),
});
export type AuditRow = z.infer<typeof auditRowSchema>;

export const auditPageSchema = z.object({ rows: z.array(auditRowSchema), next: auditCursorSchema.nullable() });
export type AuditPage = z.infer<typeof auditPageSchema>;

export const cursorOf = (row: Pick<AuditRow, 'at' | 'id'>): string => `${row.at}_${row.id}`;

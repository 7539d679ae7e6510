import { timeEntryChangesSchema, timeEntryInputSchema } from '../../shared/time-entries/schema';
import type { ClientRecord, ConflictHooks } from '../sync/client-record';
import { entryRows } from './entry-rows';
import { createTimeEntry, deleteTimeEntry, updateTimeEntry } from './local-writes';

const pick = (row: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => k in row).map((k) => [k, row[k]]));
const newEntrySchema = timeEntryInputSchema.omit({ id: true });

const conflict: ConflictHooks = {
  async keepMine(db, user, c) {
    // My delete met their edit: delete again, now against their version.
    if (c.mine === null) {
      await deleteTimeEntry(db, c.rowId);
      return c.rowId;
    }
    // They deleted what I edited: my version comes back as a new entry.
    if (c.theirs === null)
      return (await createTimeEntry(db, user, newEntrySchema.parse(pick(c.mine, Object.keys(newEntrySchema.shape)))))
        .id;
    await updateTimeEntry(
      db,
      user,
      c.rowId,
      timeEntryChangesSchema.parse(
        pick(
          c.mine,
          c.fields.filter((f) => f in timeEntryChangesSchema.shape),
        ),
      ),
    );
    return c.rowId;
  },
  route: (rowId) => `/zeiten/${rowId}`,
  resend: (mutationId) => `/zeiten/neu?problem=${mutationId}`,
  needs: ['time.log-own'],
};

/** Time entries on the device: kept in chunks, edited on /zeiten. */
export const timeEntryClient: ClientRecord<'timeEntries'> = {
  ...entryRows,
  labels: {
    date: 'entry.date',
    start: 'entry.start',
    end: 'entry.end',
    breakMinutes: 'entry.break',
    municipalityId: 'entry.municipality',
    siteId: 'assignment.site',
    serviceTypeId: 'entry.serviceType',
    assignmentId: 'entry.assignment',
    note: 'entry.note',
    state: 'assignment.status',
  },
  conflict,
};

import { closureDayRecord } from '../../shared/holidays/record';
import type { ClosureDay } from '../../shared/holidays/schema';
import { type EditableOf, adminLocal } from '../masterdata/local-writes';
import { localWriter } from '../sync/local-write';
import { closureDayRows } from './closure-day-rows';

/** Closure days, kept by administrators like other master data; the server checks the same again. */
export const closureDayWrites = adminLocal<ClosureDay, EditableOf<ClosureDay>>({
  editable: closureDayRecord.editable,
  writer: localWriter(closureDayRecord, closureDayRows),
  rules: () => [],
  references: async (db, changes) =>
    changes.municipalityId && !(await db.municipalities.get(changes.municipalityId))
      ? [{ path: 'municipalityId', code: 'unknown_reference', message: 'Unknown municipality.' }]
      : [],
});

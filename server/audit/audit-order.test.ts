import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { startTestApp, type TestApp } from '../testing/test-app';
import { SyncAudit } from './sync-audit';
import { writeAudit } from './write';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await t.close();
});

describe('audit rows of one millisecond', () => {
  it('keep the order they were written in, administrative acts and synced changes alike', async () => {
    const associationId = t.associationId!;
    const at = new Date('2026-11-18T09:30:00.123Z');
    const row = { id: newId(), associationId, deleted: 0, note: 'vorher' };
    // All ids of this test in one millisecond, so only their counter can order them.
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2030-01-01T00:00:00Z'));
    await t.db.transaction().execute(async (trx) => {
      await writeAudit(trx, [
        { associationId, actorId: null, action: 'person.invite', tableName: null, rowId: null, at },
      ]);
      const audit = new SyncAudit(associationId, 'someone');
      audit.add([{ table: 'timeEntries', before: row, after: { ...row, note: 'nachher' } }], at);
      await audit.flush(trx, t.dialect, 1000);
      await writeAudit(trx, [
        { associationId, actorId: null, action: 'person.deactivate', tableName: null, rowId: null, at },
      ]);
    });
    const rows = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('at', '=', at.toISOString())
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['person.invite', 'update', 'person.deactivate']);
  });
});

import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/auth/schemas';
import { newId } from '../../shared/ids/ids';
import { closureDayForm, formValuesOf, parseForm } from '../masterdata/form-values';
import { freshDbs } from '../testing/fresh-dbs';
import { adminUser } from '../testing/fixtures';
import { refusal } from '../testing/refusal';
import { closureDayWrites } from './local-writes';

const now = new Date('2026-11-18T09:30:00Z');
const admin = adminUser();
const coordinator: SessionUser = { ...admin, roles: ['coordinator'], capabilities: ['assignments.plan'] };
const open = freshDbs('closure-days');
const form = { date: '2026-12-24', municipalityId: '', part: 'half', name: ' Heiligabend ' };

describe('closure days on the device', () => {
  it('reads "all municipalities" from the form as none, and back', () => {
    const { input, issues } = parseForm(closureDayForm, form);
    expect(issues).toEqual([]);
    expect(input).toEqual({ date: '2026-12-24', municipalityId: null, part: 'half', name: 'Heiligabend' });
    expect(formValuesOf(closureDayForm, input).municipalityId).toBe('');
  });

  it('names the field of a missing date or name in the form', () => {
    const { issues } = parseForm(closureDayForm, { ...form, date: '', name: '' });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['date', 'required'],
      ['name', 'required'],
    ]);
  });

  it('writes a closure day and its outbox entry, then a change and a delete', async () => {
    const db = open();
    const input = parseForm(closureDayForm, form).input as never;
    const row = await closureDayWrites.create(db, admin, input, now);
    await closureDayWrites.update(db, admin, row.id, { part: 'whole' }, now);
    await closureDayWrites.delete(db, admin, row.id, now);
    expect((await db.outbox.orderBy('id').toArray()).map((e) => e.name)).toEqual([
      'closureDay.create',
      'closureDay.update',
      'closureDay.delete',
    ]);
    expect(await db.closureDays.get(row.id)).toBeUndefined();
  });

  it('refuses anyone but administrators, and a municipality the device does not know, at the field', async () => {
    const db = open();
    const input = parseForm(closureDayForm, form).input as never;
    expect(await refusal(closureDayWrites.create(db, coordinator, input, now))).toMatchObject({ code: 'forbidden' });
    const unknown = { ...(input as object), municipalityId: newId() } as never;
    expect(await refusal(closureDayWrites.create(db, admin, unknown, now))).toMatchObject({
      details: [{ path: 'municipalityId', code: 'unknown_reference' }],
    });
    expect(await db.outbox.count()).toBe(0);
  });
});

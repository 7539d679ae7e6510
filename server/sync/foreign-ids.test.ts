import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import {
  type MutationResult,
  PROTOCOL_VERSION,
  pullResponseSchema,
  pushResponseSchema,
} from '../../shared/sync/protocol';
import { createAssociation } from '../admin/create-association';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';

/** Another association's ids must answer exactly like ids nobody uses: nothing about them leaks. */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

describe('ids of another association', () => {
  it('answer like unknown ids for create, update and delete', async () => {
    const cookie = await t.login(t.logins.technician);
    const page = pullResponseSchema.parse(
      await (await t.request('/api/sync/pull?cursor=0&limit=5000', { cookie })).json(),
    );
    const [m, s] = [page.upserts.municipalities[0]!.id, page.upserts.serviceTypes[0]!.id];
    // A time entry of a second association, with an id the technician's device will use too.
    const other = await createAssociation(
      t.db,
      {
        associationName: 'Verband Zwei',
        timeZone: 'Europe/Berlin',
        country: 'DE',
        adminEmail: 'admin@zwei.example',
        adminName: 'Zweite',
        password: 'zweiter-verband-2026',
      },
      TEST_NOW,
    );
    const foreignM = newId();
    const foreignS = newId();
    const stamp = TEST_NOW.toISOString();
    await t.db
      .insertInto('municipalities')
      .values({
        id: foreignM,
        associationId: other.associationId,
        rev: 1,
        deleted: 0,
        updatedAt: stamp,
        name: 'Nirgendwo',
        country: 'DE',
        state: 'DE-HE',
      })
      .execute();
    await t.db
      .insertInto('serviceTypes')
      .values({
        id: foreignS,
        associationId: other.associationId,
        rev: 2,
        deleted: 0,
        updatedAt: stamp,
        code: 'X',
        name: 'X',
        hourlyRateCents: 0,
      })
      .execute();
    const foreignEntry = newId();
    await t.db
      .insertInto('timeEntries')
      .values({
        id: foreignEntry,
        associationId: other.associationId,
        personId: other.adminId,
        rev: 3,
        deleted: 0,
        updatedAt: stamp,
        createdAt: stamp,
        submittedAt: null,
        date: '2026-11-18',
        startTime: '08:00',
        endTime: '09:00',
        breakMinutes: 0,
        municipalityId: foreignM,
        siteId: null,
        serviceTypeId: foreignS,
        assignmentId: null,
        note: 'fremd',
        state: 'draft',
      })
      .execute();

    let next = 1;
    const clientId = newId();
    const answer = async (name: string, args: object): Promise<MutationResult> => {
      const res = await t.json('/api/sync/push', cookie, {
        type: 'push',
        protocol: PROTOCOL_VERSION,
        clientId,
        mutations: [{ id: next++, name, args }],
      });
      const [r] = pushResponseSchema.parse(await res.json()).results;
      return r!;
    };
    const shape = (r: MutationResult) => ({
      status: r.status,
      code: r.code,
      row: r.row === null || r.row === undefined ? r.row : 'row',
    });
    const entry = (id: string) => ({
      id,
      date: '2026-11-18',
      start: '08:00',
      end: '09:00',
      breakMinutes: 0,
      municipalityId: m,
      siteId: null,
      serviceTypeId: s,
      assignmentId: null,
      note: '',
      state: 'draft',
    });
    for (const [name, args] of [
      ['timeEntry.update', (id: string) => ({ id, baseRev: 3, base: { note: 'fremd' }, changes: { note: 'meins' } })],
      ['timeEntry.delete', (id: string) => ({ id, base: { note: 'fremd' } })],
      ['timeEntry.create', entry],
    ] as const) {
      expect(shape(await answer(name, args(foreignEntry))), name).toEqual(shape(await answer(name, args(newId()))));
    }
    // The foreign entry is untouched; the technician now has an entry of her own with that id.
    expect(
      await t.db
        .selectFrom('timeEntries')
        .select(['associationId', 'note', 'deleted'])
        .where('id', '=', foreignEntry)
        .orderBy('note')
        .execute(),
    ).toEqual([
      { associationId: t.associationId, note: '', deleted: 0 },
      { associationId: other.associationId, note: 'fremd', deleted: 0 },
    ]);
  });
});

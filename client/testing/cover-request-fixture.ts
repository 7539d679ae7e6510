import { newId } from '../../shared/ids/ids';
import { deviceOf, pushFrom } from '../../server/testing/push-as';
import type { TestApp } from '../../server/testing/test-app';
import type { WritableFixture } from './conformance-fixtures';

type Row = Record<string, unknown> & { id: string; rev: number };

/** The coordinator moves a request to another municipality (with a site there): it leaves that contact's devices. */
async function moveAway(t: TestApp, row: Row): Promise<void> {
  const now = await t.db
    .selectFrom('coverRequests')
    .select(['rev', 'municipalityId', 'siteId'])
    .where('id', '=', row.id)
    .executeTakeFirstOrThrow();
  const site = await t.db
    .selectFrom('sites')
    .select(['id', 'municipalityId'])
    .where('municipalityId', '!=', now.municipalityId)
    .executeTakeFirstOrThrow();
  const [answer] = await pushFrom(t, await deviceOf(t, t.logins.coordinator), [
    {
      name: 'coverRequest.update',
      args: {
        id: row.id,
        baseRev: now.rev,
        base: { municipalityId: now.municipalityId, siteId: now.siteId },
        changes: { municipalityId: site.municipalityId, siteId: site.id },
      },
    },
  ]);
  if (answer?.status !== 'applied') throw new Error(`coverRequest.update: ${JSON.stringify(answer)}`);
}

/** The demo contact's open requests: she describes them, a coordinator may move them elsewhere. */
export const coverRequestFixture: WritableFixture<'coverRequests'> = {
  actor: 'contact',
  pick: async (d) => (await d.db.coverRequests.toArray()).find((r) => r.state === 'open')!,
  edits: [{ note: 'Bitte ab 7:45 da sein' }, { note: 'Schlüssel beim Portier' }],
  fresh: async (d) => {
    const open = (await d.db.coverRequests.toArray()).find((r) => r.state === 'open')!;
    return {
      ...open,
      id: newId(),
      rev: 0,
      note: 'neu',
      urgency: 'urgent',
      slots: [{ start: '2026-11-20T07:00:00.000Z', end: '2026-11-20T11:00:00.000Z' }],
    };
  },
  leave: { observer: 'contact', run: moveAway },
};

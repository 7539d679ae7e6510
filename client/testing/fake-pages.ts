import { NEXT_CURSOR_HEADER, PROTOCOL_VERSION, type PullResponse, syncTables } from '../../shared/sync/protocol';

const none = <K extends 'upserts' | 'deletes'>() =>
  Object.fromEntries(syncTables.map((t) => [t, []])) as unknown as PullResponse[K];

/**
 * The server's answer for page `cursor` of a pull that ends at `last`: the body, and the header
 * naming the next cursor that lets a device ask for the next page before this one is stored.
 */
export function fakePullPage(cursor: number, last: number, upserts: Partial<PullResponse['upserts']> = {}): Response {
  const page: PullResponse = {
    type: 'pull-result',
    protocol: PROTOCOL_VERSION,
    cursor,
    more: cursor < last,
    scope: 'test',
    upserts: { ...none<'upserts'>(), ...upserts } as PullResponse['upserts'],
    deletes: none<'deletes'>(),
    lastMutationId: null,
    serverTime: new Date().toISOString(),
  };
  const headers: Record<string, string> = cursor < last ? { [NEXT_CURSOR_HEADER]: String(cursor) } : {};
  return new Response(JSON.stringify(page), { headers });
}

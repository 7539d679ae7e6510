import { PROTOCOL_VERSION, type PullResponse, type SyncTable, syncTables } from '../../shared/sync/protocol';

/** A pull page before it is sent: each upserted row already as its JSON text (see row-json.ts). */
export type PullPage = Omit<PullResponse, 'type' | 'protocol' | 'upserts' | 'deletes'> & {
  upserts: Record<SyncTable, string[]>;
  deletes: Record<SyncTable, string[]>;
};

const emptyTables = `{${syncTables.map((t) => `"${t}":[]`).join(',')}}`;
function isEmpty(p: PullPage): boolean {
  for (const t of syncTables) if (p.upserts[t].length > 0 || p.deletes[t].length > 0) return false;
  return true;
}

/**
 * The pull answer as JSON text: the same text as JSON.stringify of the PullResponse (tested), put
 * together from the rows' JSON. Most pulls find nothing new; their answer is a template.
 */
export function pullJson(p: PullPage): string {
  const empty = isEmpty(p);
  const upserts = empty ? emptyTables : `{${syncTables.map((t) => `"${t}":[${p.upserts[t].join(',')}]`).join(',')}}`;
  const deletes = empty
    ? emptyTables
    : `{${syncTables.map((t) => `"${t}":${JSON.stringify(p.deletes[t])}`).join(',')}}`;
  return (
    `{"type":"pull-result","protocol":${PROTOCOL_VERSION},"cursor":${p.cursor},"more":${p.more},` +
    `"scope":${JSON.stringify(p.scope)},"upserts":${upserts},"deletes":${deletes},` +
    `"lastMutationId":${p.lastMutationId},"serverTime":${JSON.stringify(p.serverTime)}}`
  );
}

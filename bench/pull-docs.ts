import type { PullResponse } from '../shared/sync/protocol';
import { getJson } from './http-client';
import type { PouchDoc } from './pouchdb-load';

/**
 * Everything a person sees, as our pull delivers it (one array per table), by paging the raw pull
 * route, each row as a PouchDB document (`table:id`). Kept apart from pouchdb-compare.ts so the
 * server child can count its records without loading the client code.
 */
export async function visibleRows(url: string, cookie: string): Promise<PouchDoc[]> {
  const docs: PouchDoc[] = [];
  let cursor = 0;
  for (;;) {
    const page = await getJson<PullResponse>(`${url}/api/sync/pull?cursor=${cursor}&limit=5000`, { cookie });
    for (const [table, rows] of Object.entries(page.upserts))
      for (const row of rows as { id: string }[]) docs.push({ ...row, _id: `${table}:${row.id}`, table });
    cursor = page.cursor;
    if (!page.more) return docs;
  }
}

import { seriesRecord } from '../../shared/series/record';
import type { SeriesChanges } from '../../shared/series/schema';
import type { LocalDb } from '../db/local-db';
import { localWriter } from '../sync/local-write';
import { trustedNow } from '../sync/server-clock';
import { seriesRows } from './series-rows';

const writes = localWriter(seriesRecord, seriesRows);

/** A change to a series (its task, an earlier end) and its update in the outbox; the server checks again. */
export function updateSeries(db: LocalDb, id: string, changes: SeriesChanges, now = trustedNow()) {
  return writes.update(db, id, changes, now);
}

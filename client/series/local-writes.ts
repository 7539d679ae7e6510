import { seriesRecord } from '../../shared/series/record';
import { AppError } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import { seriesIssues } from '../../shared/series/rules';
import type { Series, SeriesChanges, SeriesInput } from '../../shared/series/schema';
import type { LocalDb } from '../db/local-db';
import { localWriter } from '../sync/local-write';
import { trustedNow } from '../sync/server-clock';
import { seriesRows } from './series-rows';

const writes = localWriter(seriesRecord, seriesRows);

/** A change to a series (its task, an earlier end) and its update in the outbox; the server checks again. */
export function updateSeries(db: LocalDb, id: string, changes: SeriesChanges, now = trustedNow()) {
  return writes.update(db, id, changes, now);
}

/**
 * A new series and its create in the outbox, refused at the field when it breaks the shared rules (no end,
 * over five years: `series_end`). The server expands it into assignments in the push; the skipped days
 * come back with its answer.
 */
export async function createSeries(db: LocalDb, input: SeriesInput, now = trustedNow()): Promise<Series> {
  const issues = seriesIssues(input);
  if (issues.length > 0) throw new AppError('validation_failed', 'Invalid series', issues);
  const row: Series = { ...input, id: newId(), rev: 0, updatedAt: now.toISOString(), skipped: [] };
  return writes.create(db, row, now);
}

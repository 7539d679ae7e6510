import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type PullResponse } from '../../shared/sync/protocol';
import { pullJson } from './pull-json';

const empty = (over: Partial<PullResponse> = {}): PullResponse => ({
  type: 'pull-result',
  protocol: PROTOCOL_VERSION,
  cursor: 41,
  more: false,
  upserts: { municipalities: [], sites: [], serviceTypes: [], people: [], assignments: [], timeEntries: [] },
  deletes: { municipalities: [], sites: [], serviceTypes: [], people: [], assignments: [], timeEntries: [] },
  lastMutationId: 7,
  serverTime: '2026-11-21T10:00:00.000Z',
  ...over,
});

describe('pullJson', () => {
  it('writes an empty page exactly as JSON.stringify does', () => {
    for (const r of [empty(), empty({ lastMutationId: null }), empty({ more: true, cursor: 0 })]) expect(pullJson(r)).toBe(JSON.stringify(r));
  });

  it('serializes pages with changes in full', () => {
    const r = empty();
    r.deletes.timeEntries.push('0190aaaa-0000-7000-8000-000000000001');
    expect(JSON.parse(pullJson(r))).toEqual(r);
  });
});

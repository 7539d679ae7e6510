import { describe, expect, it } from 'vitest';
import { connectionOf, type SyncSnapshot, syncNews } from './sync-announcements';

const ok: SyncSnapshot = { connection: 'ok', pending: 0, issues: 0 };

describe('what the sync indicator announces', () => {
  it('says nothing about a routine sync, even when a change was sent meanwhile', () => {
    expect(syncNews(ok, ok)).toEqual([]);
    expect(syncNews(ok, { ...ok, pending: 1 })).toEqual([]);
    expect(syncNews({ ...ok, pending: 1 }, ok)).toEqual([]);
  });

  it('keeps the last known connection while a sync runs', () => {
    expect(connectionOf('syncing', 'offline')).toBe('offline');
    expect(connectionOf('syncing', 'ok')).toBe('ok');
    expect(connectionOf('idle', 'offline')).toBe('ok');
    expect(connectionOf('error', 'ok')).toBe('error');
  });

  it('announces going offline with what waits, each new waiting change, and coming back', () => {
    const off = { ...ok, connection: 'offline' as const };
    expect(syncNews(ok, off)).toEqual([{ kind: 'offline' }]);
    expect(syncNews(ok, { ...off, pending: 2 })).toEqual([{ kind: 'offline' }, { kind: 'waiting', n: 2 }]);
    expect(syncNews(off, { ...off, pending: 1 })).toEqual([{ kind: 'waiting', n: 1 }]);
    expect(syncNews({ ...off, pending: 1 }, { ...off, pending: 1 })).toEqual([]);
    expect(syncNews({ ...off, pending: 1 }, ok)).toEqual([{ kind: 'online' }]);
  });

  it('announces a new conflict once, not again on the next sync', () => {
    expect(syncNews(ok, { ...ok, issues: 1 })).toEqual([{ kind: 'issues', n: 1 }]);
    expect(syncNews({ ...ok, issues: 1 }, { ...ok, issues: 1 })).toEqual([]);
    expect(syncNews({ ...ok, issues: 2 }, { ...ok, issues: 1 })).toEqual([]);
  });
});

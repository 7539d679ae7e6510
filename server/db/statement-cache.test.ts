import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withStatementCache } from './statement-cache';

describe('withStatementCache', () => {
  const opened: SQLite.Database[] = [];
  const open = () => {
    const sqlite = new SQLite(':memory:');
    opened.push(sqlite);
    return sqlite;
  };
  afterEach(() => {
    for (const s of opened.splice(0)) if (s.open) s.close();
  });

  it('prepares each SQL text once and reuses the statement', () => {
    const sqlite = open();
    const prepare = vi.spyOn(sqlite, 'prepare');
    const cached = withStatementCache(sqlite);
    const a = cached.prepare('select ? as x');
    const b = cached.prepare('select ? as x');
    expect(b).toBe(a);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(a.all([1])).toEqual([{ x: 1 }]);
    expect(b.all([2])).toEqual([{ x: 2 }]);
  });

  it('keeps at most `max` statements, dropping the least recently used', () => {
    const sqlite = open();
    const prepare = vi.spyOn(sqlite, 'prepare');
    const cached = withStatementCache(sqlite, 2);
    cached.prepare('select 1');
    cached.prepare('select 2');
    cached.prepare('select 1'); // now "select 2" is the least recently used
    cached.prepare('select 3');
    expect(cached.cachedStatements).toBe(2);
    cached.prepare('select 1');
    expect(prepare).toHaveBeenCalledTimes(3);
    cached.prepare('select 2');
    expect(prepare).toHaveBeenCalledTimes(4);
  });

  it('sees schema changes made after a statement was cached', () => {
    const sqlite = open();
    const cached = withStatementCache(sqlite);
    cached.prepare('create table t (a integer)').run([]);
    cached.prepare('insert into t (a) values (?)').run([1]);
    expect(cached.prepare('select * from t').all([])).toEqual([{ a: 1 }]);
    cached.prepare('alter table t add column b integer default 7').run([]);
    expect(cached.prepare('select * from t').all([])).toEqual([{ a: 1, b: 7 }]);
  });

  it('closes the database', () => {
    const sqlite = open();
    withStatementCache(sqlite).close();
    expect(sqlite.open).toBe(false);
  });
});

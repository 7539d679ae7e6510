import { describe, expect, it } from 'vitest';
import { statementWrites, TableVersions, VersionedCache } from './table-versions';

describe('statementWrites', () => {
  it('names the table an INSERT, UPDATE or DELETE writes', () => {
    expect(statementWrites('insert into "sessions" ("id") values (?)')).toEqual({
      kind: 'write',
      tables: ['sessions'],
    });
    expect(statementWrites('update "sync_state" set "rev" = "rev" + $1')).toEqual({
      kind: 'write',
      tables: ['sync_state'],
    });
    expect(statementWrites('delete from "people" where "id" = ?')).toEqual({ kind: 'write', tables: ['people'] });
    expect(statementWrites('/* prepared:ikz_prepared_3 */ UPDATE sessions SET x = 1')).toEqual({
      kind: 'write',
      tables: ['sessions'],
    });
    expect(statementWrites('insert or replace into "sync_clients" values (?)')).toEqual({
      kind: 'write',
      tables: ['sync_clients'],
    });
    expect(statementWrites('insert into "t_ab12"."people" ("id") values ($1)')).toEqual({
      kind: 'write',
      tables: ['people'],
    });
  });

  it('names no table for a write marked as keeping caches right', () => {
    expect(statementWrites('update "sessions" set "expires_at" = ? where "id" = ? /* keeps-caches */')).toEqual({
      kind: 'write',
      tables: [],
    });
  });

  it('treats reads and transaction control as such', () => {
    expect(statementWrites('/* prepared:x */ select "rev" from "sync_state" for update')).toEqual({ kind: 'read' });
    expect(statementWrites('begin')).toEqual({ kind: 'begin' });
    expect(statementWrites('start transaction isolation level repeatable read')).toEqual({ kind: 'begin' });
    expect(statementWrites('commit')).toEqual({ kind: 'end' });
    expect(statementWrites('rollback')).toEqual({ kind: 'end' });
    expect(statementWrites('rollback to savepoint mutation')).toEqual({ kind: 'savepoint' });
    expect(statementWrites('savepoint mutation')).toEqual({ kind: 'savepoint' });
  });

  it('assumes every table for statements whose writes it cannot name', () => {
    expect(statementWrites('with x as (delete from "sessions" returning *) select * from x')).toEqual({
      kind: 'write',
      tables: 'all',
    });
    expect(statementWrites('create table "foo" ("id" text)')).toEqual({ kind: 'write', tables: 'all' });
    expect(statementWrites('pragma foreign_keys = ON')).toEqual({ kind: 'write', tables: 'all' });
  });
});

describe('VersionedCache', () => {
  const setup = () => {
    const versions = new TableVersions();
    return { versions, cache: new VersionedCache<string, number>(versions, ['sessions', 'people'], 3) };
  };

  it('keeps entries until one of its tables is written', () => {
    const { versions, cache } = setup();
    cache.set('a', 1, cache.stamp());
    expect(cache.get('a')).toBe(1);
    versions.bump(['sync_state']);
    expect(cache.get('a')).toBe(1);
    versions.bump(['people']);
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', 2, cache.stamp());
    versions.bump('all');
    expect(cache.get('a')).toBeUndefined();
  });

  it('does not keep a value read while its tables were written', () => {
    const { versions, cache } = setup();
    const stamp = cache.stamp();
    versions.bump(['sessions']); // a write between the read and the set
    cache.set('a', 1, stamp);
    expect(cache.get('a')).toBeUndefined();
  });

  it('is bypassed while writes elsewhere could go unnoticed', () => {
    const { versions, cache } = setup();
    cache.set('a', 1, cache.stamp());
    versions.trusted = false;
    expect(cache.get('a')).toBeUndefined();
    cache.set('b', 2, cache.stamp());
    versions.trusted = true;
    expect(cache.get('b')).toBeUndefined();
  });

  it('drops the oldest entries beyond its size', () => {
    const { cache } = setup();
    for (const [i, k] of ['a', 'b', 'c', 'd'].entries()) cache.set(k, i, cache.stamp());
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('d')).toBe(3);
  });

  it('asks beforeRead on each read, so a caller can notice outside writes', () => {
    const { versions, cache } = setup();
    cache.set('a', 1, cache.stamp());
    versions.beforeRead = () => versions.bump('all');
    expect(cache.get('a')).toBeUndefined();
  });
});

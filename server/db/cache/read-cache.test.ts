import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession, endSession, sessionIdOf, userForToken } from '../../auth/sessions';
import { testDatabaseUrl } from '../../env';
import { pullChanges } from '../../sync/pull';
import { type MiniWorld, seedMini } from '../../testing/mini-seed';
import { openTestDatabase } from '../../testing/test-db';
import { type Database, openDatabase } from '../database';
import { migrateToLatest } from '../migrate';
import { readCache, tableVersionsOf, writeListenerOf } from './read-cache';
import { KEEPS_CACHES } from './table-versions';

const now = new Date('2026-11-18T09:30:00Z');
const pgUrl = testDatabaseUrl();

async function until(check: () => Promise<boolean>, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A database whose session and counter caches are in use (PostgreSQL: once its LISTEN is up). */
async function ready(database: Database): Promise<void> {
  await until(async () => tableVersionsOf(database.db)?.trusted === true);
}

/**
 * Whether `read` is answered without a statement. On PostgreSQL a write's own notification arrives a
 * moment after its commit and empties the caches once more, so tests retry until it has passed.
 */
async function answeredFromMemory(database: Database, read: () => Promise<unknown>): Promise<boolean> {
  await read();
  return fromMemoryNow(database, read);
}

/** Whether `read` is answered without a statement right now, without warming the cache first. */
async function fromMemoryNow(database: Database, read: () => Promise<unknown>): Promise<boolean> {
  const spy = vi.spyOn(database.db, 'executeQuery');
  try {
    await read();
    return spy.mock.calls.length === 0;
  } finally {
    spy.mockRestore();
  }
}

/** On PostgreSQL, time for any notification of a commit to arrive. */
const settle = () => new Promise((r) => setTimeout(r, pgUrl ? 300 : 0));

async function userOf(database: Database, token: string) {
  const found = await userForToken(database.db, token, now, 30);
  return found && found !== 'ended' ? found.user.id : found;
}

describe('read caches (sessions, sync counter)', () => {
  let database: Database;
  let world: MiniWorld;
  let token: string;
  beforeEach(async () => {
    database = await openTestDatabase();
    await ready(database);
    world = await seedMini(database.db, now, '2026-11-18');
    ({ token } = await createSession(
      database.db,
      { id: world.people.tech, associationId: world.associationId },
      now,
      30,
    ));
  });
  afterEach(() => database.close());

  it('answers a repeated session lookup from memory', async () => {
    await until(() => answeredFromMemory(database, () => userOf(database, token)));
    expect(await userOf(database, token)).toBe(world.people.tech);
  });

  it('sees a logout and a deactivation with the next lookup', async () => {
    const other = await createSession(
      database.db,
      { id: world.people.tech2, associationId: world.associationId },
      now,
      30,
    );
    expect(await userOf(database, token)).toBe(world.people.tech);
    expect(await userOf(database, other.token)).toBe(world.people.tech2);
    await endSession(database.db, sessionIdOf(token));
    expect(await userOf(database, token)).toBeNull();
    await database.db.updateTable('people').set({ active: 0 }).where('id', '=', world.people.tech2).execute();
    expect(await userOf(database, other.token)).toBe('ended');
  });

  it('keeps sessions cached through the hourly touch, and checks a passed expiry again', async () => {
    const later = new Date(now.getTime() + 2 * 3_600_000);
    const expiresAt = async () =>
      (
        await database.db
          .selectFrom('sessions')
          .select('expiresAt')
          .where('id', '=', sessionIdOf(token))
          .executeTakeFirstOrThrow()
      ).expiresAt;
    const other = await createSession(
      database.db,
      { id: world.people.tech2, associationId: world.associationId },
      later,
      30,
    );
    await until(() => answeredFromMemory(database, () => userOf(database, token)));
    await until(() => answeredFromMemory(database, () => userForToken(database.db, other.token, later, 30)));
    // Two hours on: this lookup extends the session; it and every other cached session stay in memory.
    expect((await userForToken(database.db, token, later, 30)) !== null).toBe(true);
    expect(Date.parse(await expiresAt())).toBe(later.getTime() + 30 * 86_400_000);
    await settle();
    expect(await fromMemoryNow(database, () => userForToken(database.db, token, later, 30))).toBe(true);
    expect(await fromMemoryNow(database, () => userForToken(database.db, other.token, later, 30))).toBe(true);
    // Extended behind this cache's back (as by another process's touch): past the cached expiry,
    // the lookup asks the database before saying no.
    const extended = new Date(later.getTime() + 60 * 86_400_000);
    await database.db
      .updateTable('sessions')
      .set({ expiresAt: extended.toISOString() })
      .where('id', '=', sessionIdOf(token))
      .modifyEnd(KEEPS_CACHES)
      .execute();
    const afterFirstExpiry = new Date(later.getTime() + 31 * 86_400_000);
    const found = await userForToken(database.db, token, afterFirstExpiry, 30);
    expect(found && found !== 'ended' ? found.user.id : found).toBe(world.people.tech);
    // Shortened (not a touch): seen at once.
    await database.db
      .updateTable('sessions')
      .set({ expiresAt: later.toISOString() })
      .where('id', '=', sessionIdOf(token))
      .execute();
    expect(await userForToken(database.db, token, new Date(later.getTime() + 1000), 30)).toBeNull();
  });

  it('answers a no-op pull from memory and sees the next change', async () => {
    const head = async () =>
      Number(
        (
          await database.db
            .selectFrom('syncState')
            .select('rev')
            .where('associationId', '=', world.associationId)
            .executeTakeFirstOrThrow()
        ).rev,
      );
    const cursor = await head();
    const user = await userForToken(database.db, token, now, 30);
    if (!user || user === 'ended') throw new Error('no user');
    const input = { cursor, limit: 100, clientId: '0190aaaa-0000-7000-8000-00000000c11e' };
    await until(() =>
      answeredFromMemory(database, () => pullChanges(database.db, database.dialect, user.user, input, now)),
    );
    expect((await pullChanges(database.db, database.dialect, user.user, input, now)).cursor).toBe(cursor);
    // A write outside the sync code's own paths still counts.
    await database.db
      .updateTable('syncState')
      .set({ rev: cursor + 5 })
      .where('associationId', '=', world.associationId)
      .execute();
    expect((await pullChanges(database.db, database.dialect, user.user, input, now)).cursor).toBe(cursor + 5);
  });

  it('does not cache inside a transaction', async () => {
    await database.db.transaction().execute(async (trx) => {
      expect(readCache(trx, 'sessions', ['sessions'])).toBeUndefined();
    });
  });

  // PostgreSQL only: several connections and processes.
  if (pgUrl)
    it('PostgreSQL: a lookup during another connection’s open write does not outlive its commit', async () => {
      expect(await userOf(database, token)).toBe(world.people.tech);
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const writing = database.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('sessions').where('id', '=', sessionIdOf(token)).execute();
        await held;
      });
      // Still committed: another pool connection reads it (and may cache it) meanwhile.
      await until(async () => (await userOf(database, token)) === world.people.tech);
      release();
      await writing;
      expect(await userOf(database, token)).toBeNull();
    });

  if (pgUrl)
    it('PostgreSQL: stops caching when its LISTEN connection drops and starts again once it is back', async () => {
      const versions = tableVersionsOf(database.db)!;
      await until(() => answeredFromMemory(database, () => userOf(database, token)));
      const pid = writeListenerOf(database.db)?.backendPid;
      expect(pid).toBeTypeOf('number');
      await sql`select pg_terminate_backend(${pid})`.execute(database.db);
      await until(async () => !versions.trusted);
      // Meanwhile another process's write would go unseen: nothing comes from memory.
      expect(await answeredFromMemory(database, () => userOf(database, token))).toBe(false);
      await until(async () => versions.trusted, 15_000);
      await until(() => answeredFromMemory(database, () => userOf(database, token)));
    }, 20_000);

  if (pgUrl)
    it(
      'PostgreSQL: another process’s session touch keeps ' + 'this one’s cache; a shortened expiry reaches it',
      async () => {
        const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
        const other = openDatabase({ kind: 'postgres', url: pgUrl!, searchPath: rows[0]!.schema, poolSize: 1 });
        try {
          await until(() => answeredFromMemory(database, () => userOf(database, token)));
          // The other process touches the session (two hours on), as its sliding expiry does.
          await userForToken(other.db, token, new Date(now.getTime() + 2 * 3_600_000), 30);
          await settle();
          expect(await fromMemoryNow(database, () => userOf(database, token))).toBe(true);
          await other.db
            .updateTable('sessions')
            .set({ expiresAt: new Date(now.getTime() + 60_000).toISOString() })
            .where('id', '=', sessionIdOf(token))
            .execute();
          await until(
            async () => (await userForToken(database.db, token, new Date(now.getTime() + 120_000), 30)) === null,
          );
        } finally {
          await other.close();
        }
      },
    );

  if (pgUrl)
    it('PostgreSQL: a commit by another server process reaches this one’s caches', async () => {
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
      const other = openDatabase({ kind: 'postgres', url: pgUrl!, searchPath: rows[0]!.schema, poolSize: 1 });
      try {
        expect(await userOf(database, token)).toBe(world.people.tech);
        await other.db.updateTable('people').set({ active: 0 }).where('id', '=', world.people.tech).execute();
        await until(async () => (await userOf(database, token)) === 'ended');
      } finally {
        await other.close();
      }
    });
});

// SQLite only (the suite runs on one database at a time): a second process on the same file.
if (!pgUrl)
  describe('SQLite: commits by another process', () => {
    let dir: string;
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('reach the caches within a fraction of a second', async () => {
      dir = mkdtempSync(join(tmpdir(), 'ikz-cache-'));
      const file = join(dir, 'db.sqlite');
      const database = openDatabase({ kind: 'sqlite', file });
      try {
        await migrateToLatest(database.db);
        const world = await seedMini(database.db, now, '2026-11-18');
        const { token } = await createSession(
          database.db,
          { id: world.people.tech, associationId: world.associationId },
          now,
          30,
        );
        expect(await userOf(database, token)).toBe(world.people.tech);
        // Like create-admin or the sqlite3 shell: a second connection, unseen by this one's statements.
        const outside = new SQLite(file);
        outside.prepare('update people set active = 0 where id = ?').run(world.people.tech);
        outside.close();
        await until(async () => (await userOf(database, token)) === 'ended', 1000);
      } finally {
        await database.close();
      }
    });
  });

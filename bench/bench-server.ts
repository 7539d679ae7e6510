import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { sql, type Kysely } from 'kysely';
import { newId } from '../shared/ids/ids';
import { addDays } from '../shared/time/dates';
import { createApp } from '../server/app';
import { type Database, openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import type { DB } from '../server/db/schema';
import { DEMO_PASSWORD, demoLogins } from '../server/demo/data';
import { seedDemo } from '../server/demo/seed';

export type BenchServer = {
  url: string;
  dialect: string;
  db: Kysely<DB>;
  /** Where the database is, for benchmarks that open their own raw connection next to the server's. */
  raw: RawTarget;
  /** The listening node:http server (to count bytes on its sockets). */
  httpServer: Server;
  cookieFor: (email: string) => Promise<string>;
  close: () => Promise<void>;
};

export type RawTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };

async function open(
  kind: 'sqlite' | 'postgres',
  pgUrl: string,
): Promise<{ database: Database; raw: RawTarget; cleanup: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ikz-bench-'));
    const file = join(dir, 'bench.sqlite');
    const database = openDatabase({ kind: 'sqlite', file });
    return {
      database,
      raw: { kind: 'sqlite', file },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = openDatabase({ kind: 'postgres', url: pgUrl, poolSize: 1, readCaches: false });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  const database = openDatabase({ kind: 'postgres', url: pgUrl, searchPath: schema });
  await migrateToLatest(database.db, schema);
  return {
    database,
    raw: { kind: 'postgres', url: pgUrl, schema },
    cleanup: async () => {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
    },
  };
}

/** The real server on a loopback port with the demo data plus `extraEntries` time entries for one person. */
export async function startBenchServer(
  kind: 'sqlite' | 'postgres',
  pgUrl: string,
  extraEntriesFor: { email: string; count: number },
  // The audit benchmark's switch (Deps.auditSyncChanges); other benchmarks leave the app as it ships.
  options: { auditSyncChanges?: () => boolean } = {},
): Promise<BenchServer> {
  const { database, raw, cleanup } = await open(kind, pgUrl);
  const { db } = database;
  if (kind === 'sqlite') await migrateToLatest(db);
  const now = new Date();
  const { associationId } = await seedDemo(db, now);
  const person = await db
    .selectFrom('people')
    .select('id')
    .where('email', '=', extraEntriesFor.email)
    .executeTakeFirstOrThrow();
  const refs = await db
    .selectFrom('municipalities')
    .select('id')
    .where('associationId', '=', associationId)
    .executeTakeFirstOrThrow();
  const service = await db
    .selectFrom('serviceTypes')
    .select('id')
    .where('associationId', '=', associationId)
    .executeTakeFirstOrThrow();
  const state = await db
    .selectFrom('syncState')
    .select('rev')
    .where('associationId', '=', associationId)
    .executeTakeFirstOrThrow();
  let rev = Number(state.rev);
  const stamp = now.toISOString();
  for (let i = 0; i < extraEntriesFor.count; i += 500) {
    const rows = Array.from({ length: Math.min(500, extraEntriesFor.count - i) }, (_, j) => ({
      id: newId(),
      associationId,
      rev: ++rev,
      deleted: 0,
      updatedAt: stamp,
      personId: person.id,
      date: addDays('2026-01-01', (i + j) % 300),
      startTime: '08:00',
      endTime: '12:00',
      breakMinutes: 0,
      municipalityId: refs.id,
      siteId: null,
      serviceTypeId: service.id,
      assignmentId: null,
      note: `Eintrag ${i + j}`,
      state: 'submitted',
      createdAt: stamp,
      submittedAt: stamp,
    }));
    await db.insertInto('timeEntries').values(rows).execute();
  }
  await db.updateTable('syncState').set({ rev }).where('associationId', '=', associationId).execute();

  const app = createApp({
    db,
    dialect: database.dialect,
    clock: () => new Date(),
    sessionDays: 30,
    cookieSecure: 'false',
    ...options,
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    dialect: database.dialect,
    db,
    raw,
    httpServer: server as Server,
    cookieFor: async (email) => {
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      if (!res.ok) throw new Error(`login failed ${res.status}`);
      return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
      await cleanup();
    },
  };
}

export const technicianEmail = (): string => demoLogins().find((l) => l.role === 'IT-Technikerin')!.email;

export const coordinatorEmail = (): string => demoLogins().find((l) => l.role === 'Koordinator')!.email;

import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app';
import { redactAudit } from './redact';
import { writeAudit } from './write';

let t: TestApp;
let personId: string;
beforeEach(async () => {
  t = await startTestApp();
  personId = newId();
  await writeAudit(t.db, [
    {
      associationId: t.associationId!,
      actorId: 'admin-1',
      action: 'update',
      tableName: 'people',
      rowId: personId,
      before: { name: 'Maria Huber', email: 'maria@huber.example' },
      after: { name: 'Maria Berger', email: 'maria@berger.example' },
      at: TEST_NOW,
    },
    {
      associationId: t.associationId!,
      actorId: 'admin-1',
      action: 'update',
      tableName: 'sites',
      rowId: 'site-1',
      before: { name: 'Schule' },
      after: { name: 'Volksschule' },
      at: TEST_NOW,
    },
  ]);
});
afterEach(() => t.close());

const rows = () => t.db.selectFrom('auditLog').selectAll().orderBy('tableName').execute();
const pseudonym = (v: unknown): unknown =>
  JSON.parse(
    JSON.stringify(v)
      .replaceAll(/Maria (Huber|Berger)/g, 'Person gelöscht')
      .replaceAll(/maria@\w+\.example/g, 'geloescht@invalid'),
  );

describe('audit_log is append-only', () => {
  it('refuses DELETE, on every database', async () => {
    await expect(t.db.deleteFrom('auditLog').execute()).rejects.toThrow(/append-only/);
    expect(await rows()).toHaveLength(2);
  });

  it('refuses an UPDATE of any column, and a "redaction" that also changes who, what or when', async () => {
    const id = (await rows())[0]!.id;
    const later = new Date(TEST_NOW.getTime() + 1000).toISOString();
    const attempts = [
      { after: '{"name":"gefälscht"}' },
      { actorId: 'someone-else' },
      { before: null, redactedAt: later, actorId: 'someone-else' },
      { after: null, redactedAt: later, action: 'create' },
      { after: null, redactedAt: later, at: later },
      { after: null, redactedAt: later, rowId: 'other' },
    ];
    for (const set of attempts)
      await expect(
        t.db.updateTable('auditLog').set(set).where('id', '=', id).execute(),
        JSON.stringify(set),
      ).rejects.toThrow(/append-only/);
    const [person] = await rows();
    expect(person).toMatchObject({ actorId: 'admin-1', redactedAt: null, after: expect.stringContaining('Berger') });
  });

  it('refuses TRUNCATE on PostgreSQL', async () => {
    if (t.dialect !== 'postgres') {
      // SQLite has no TRUNCATE; its "DELETE FROM" without WHERE is the DELETE refused above.
      await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
      return;
    }
    await expect(sql`truncate audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await rows()).toHaveLength(2);
  });
});

describe('redactAudit', () => {
  it('pseudonymises a person in the values of the rows about them, stamps redacted_at, leaves the rest', async () => {
    const at = new Date(TEST_NOW.getTime() + 86_400_000);
    const [person, site] = await rows();
    expect(await t.db.transaction().execute((trx) => redactAudit(trx, t.associationId!, personId, pseudonym, at))).toBe(
      1,
    );
    const [personAfter, siteAfter] = await rows();
    expect(JSON.parse(personAfter!.before!)).toEqual({ name: 'Person gelöscht', email: 'geloescht@invalid' });
    expect(JSON.parse(personAfter!.after!)).toEqual({ name: 'Person gelöscht', email: 'geloescht@invalid' });
    expect(personAfter).toMatchObject({
      ...person,
      before: personAfter!.before,
      after: personAfter!.after,
      redactedAt: at.toISOString(),
    });
    expect(siteAfter).toEqual(site);
  });

  it('finds rows by the terms given, and redacts a row again later (a second person erased)', async () => {
    const at = new Date(TEST_NOW.getTime() + 1000);
    const redact = (who: string, replace: (v: unknown) => unknown, terms: string[] = []) =>
      t.db.transaction().execute((trx) => redactAudit(trx, t.associationId!, who, replace, at, terms));
    await redact(personId, pseudonym);
    const schule = (v: unknown) => JSON.parse(JSON.stringify(v).replaceAll('Schule', 'S.'));
    expect(await redact('nobody', schule, ['Schule'])).toBe(1);
    const site = (await rows()).find((r) => r.tableName === 'sites')!;
    expect([JSON.parse(site.before!), JSON.parse(site.after!)]).toEqual([{ name: 'S.' }, { name: 'Volksschule' }]);
    expect(site.redactedAt).toBe(at.toISOString());
    // The person's row again, in the same millisecond: redacted_at still moves forward, as the trigger demands.
    const again = (v: unknown) => JSON.parse(JSON.stringify(v).replaceAll('geloescht@invalid', 'x@invalid'));
    expect(await redact(personId, again)).toBe(1);
    const person = (await rows()).find((r) => r.tableName === 'people')!;
    expect(JSON.parse(person.after!)).toEqual({ name: 'Person gelöscht', email: 'x@invalid' });
    expect(person.redactedAt! > at.toISOString()).toBe(true);
  });

  it('cannot move redacted_at back, so no redaction can be quietly undone under an old stamp', async () => {
    const at = new Date(TEST_NOW.getTime() + 5000);
    await t.db.transaction().execute((trx) => redactAudit(trx, t.associationId!, personId, pseudonym, at));
    const id = (await rows())[0]!.id;
    await expect(
      t.db
        .updateTable('auditLog')
        .set({ before: '{"name":"Maria Huber"}', redactedAt: TEST_NOW.toISOString() })
        .where('id', '=', id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db
        .updateTable('auditLog')
        .set({ before: '{"name":"Maria Huber"}', redactedAt: null })
        .where('id', '=', id)
        .execute(),
    ).rejects.toThrow(/append-only/);
  });
});

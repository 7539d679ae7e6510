import type { Kysely } from 'kysely';

/**
 * Onboarding (issue 15): one-time invitation links and the sessions a deactivation ended.
 * Only a SHA-256 hash of an invitation token is stored, so a leaked database opens no account.
 * `ended_sessions` remembers the hash of each session a deactivation ended until it would have
 * expired, so that device hears "revoked" (and removes the association's data) instead of "expired".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    /** Set when a newer invitation or a deactivation made this one void. */
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('invitations_person').on('invitations').columns(['person_id']).execute();
  await db.schema
    .createTable('ended_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('ended_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ended_sessions').execute();
  await db.schema.dropTable('invitations').execute();
}

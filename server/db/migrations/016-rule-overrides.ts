import type { Kysely } from 'kysely';

/**
 * A coordinator who plans an assignment past a working-time warning stores why (issue 16 point 5): one
 * JSON column ({reason, warnings, by, at}), null for assignments planned within the rules.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assignments').addColumn('rule_override', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assignments').dropColumn('rule_override').execute();
}

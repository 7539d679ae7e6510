import type { Kysely } from 'kysely';

/**
 * Series every N weeks, and the planner's reason for occurrences that breach a working-time rule (issue 17,
 * point 2 on the board): existing series are weekly and had no breaches to answer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('assignment_series')
    .addColumn('interval', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('assignment_series').addColumn('rule_reason', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assignment_series').dropColumn('rule_reason').execute();
  await db.schema.alterTable('assignment_series').dropColumn('interval').execute();
}

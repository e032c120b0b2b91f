import type { Knex } from 'knex';

/** Case-lookup attempts by case number + query code, for the lock after repeated failures (procedure.md §2.4). */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('tracking_attempts', (t) => {
    t.bigIncrements('id');
    t.string('case_number', 30).notNullable();
    t.boolean('succeeded').notNullable();
    t.timestamp('attempted_at', { useTz: true }).notNullable();
    t.index(['case_number', 'attempted_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('tracking_attempts');
}

import type { Knex } from 'knex';

/** One row per clock instance on a case (procedure.md §4.1): due date stored with its explanation. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('case_clocks', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id');
    t.string('clock_key', 60).notNullable();
    t.integer('definition_id').notNullable().references('clock_definitions.id');
    t.integer('definition_version').notNullable();
    /** scope: a respondent or party, an obligation, a penalty proceeding */
    t.integer('party_id').references('case_parties.id');
    t.integer('obligation_id');
    t.integer('penalty_id');
    t.bigInteger('start_event_id').notNullable();
    t.timestamp('start_at', { useTz: true }).notNullable();
    t.date('start_date').notNullable();
    t.enu('unit', ['calendar_day', 'working_day', 'month', 'hour'], { useNative: false, enumName: 'case_clock_unit' }).notNullable();
    t.integer('length').notNullable();
    t.integer('extension').notNullable().defaultTo(0);
    t.jsonb('pauses').notNullable().defaultTo('[]');
    t.jsonb('extensions').notNullable().defaultTo('[]');
    t.date('due_override');
    t.enu('state', ['running', 'paused', 'stopped', 'expired'], { useNative: false, enumName: 'case_clock_state' }).notNullable();
    t.date('due_date');
    /** hour clocks: the exact instant */
    t.timestamp('due_at', { useTz: true });
    t.boolean('is_provisional').notNullable().defaultTo(false);
    t.jsonb('explanation').notNullable().defaultTo('[]');
    t.integer('calendar_version').notNullable().defaultTo(0);
    t.bigInteger('stop_event_id');
    t.timestamp('stopped_at', { useTz: true });
    t.timestamp('expired_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.index(['case_id']);
  });
  await knex.raw(`create index case_clocks_live_due on case_clocks (due_date) where state in ('running')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('case_clocks');
}

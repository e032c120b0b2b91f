import type { Knex } from 'knex';

/** Procedure profiles, clock definitions, the holiday calendar and lookup tables (procedure.md §0, §4, §5). */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('procedure_profiles', (t) => {
    t.string('key', 40).primary();
    t.string('name_zh', 200).notNullable();
    t.string('name_en', 200).notNullable();
    t.string('legal_source', 40).notNullable();
    t.jsonb('switches').notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
  });

  await knex.schema.createTable('clock_definitions', (t) => {
    t.increments('id');
    t.string('profile_key', 40).notNullable().references('procedure_profiles.key');
    t.string('clock_key', 60).notNullable();
    t.string('name_zh', 100).notNullable();
    t.jsonb('start_events').notNullable();
    t.string('start_basis', 40).notNullable().defaultTo('event');
    t.string('start_condition', 60);
    t.string('scope', 20).notNullable();
    t.enu('unit', ['calendar_day', 'working_day', 'month', 'hour'], { useNative: false, enumName: 'clock_unit' }).notNullable();
    t.integer('length').notNullable().checkPositive();
    t.jsonb('end_events').notNullable();
    t.jsonb('pause_events').notNullable().defaultTo('[]');
    t.jsonb('resume_events').notNullable().defaultTo('[]');
    t.jsonb('reminders').notNullable().defaultTo('[]');
    t.boolean('pausable').notNullable().defaultTo(false);
    t.boolean('extendable').notNullable().defaultTo(false);
    t.integer('max_extension').notNullable().defaultTo(0);
    t.string('on_resume', 20).notNullable().defaultTo('continue');
    t.string('owner', 20).notNullable();
    t.boolean('evaluate_only').notNullable().defaultTo(false);
    t.text('source').notNullable();
    t.string('evidence_marker', 1).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.unique(['profile_key', 'clock_key']);
  });

  await knex.schema.createTable('calendar_years', (t) => {
    t.integer('year').primary();
    t.enu('status', ['published', 'draft'], { useNative: false, enumName: 'calendar_year_status' }).notNullable();
    t.text('source_notice').notNullable();
    t.date('published_on');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
  });

  await knex.schema.createTable('calendar_days', (t) => {
    t.increments('id');
    t.date('date').notNullable();
    t.integer('year').notNullable().references('calendar_years.year');
    t.enu('kind', ['holiday', 'makeup_workday'], { useNative: false, enumName: 'calendar_day_kind' }).notNullable();
    t.string('name', 40).notNullable();
    t.text('source_notice').notNullable();
    t.string('region_code', 6);
    t.timestamps(true, true);
  });
  await knex.raw('create unique index calendar_days_national_date on calendar_days (date) where region_code is null');
  await knex.raw('create unique index calendar_days_regional_date on calendar_days (date, region_code) where region_code is not null');

  await knex.schema.createTable('complaint_categories', (t) => {
    t.string('key', 60).primary();
    t.string('parent_key', 60).references('complaint_categories.key');
    t.string('name_zh', 100).notNullable();
    t.string('name_en', 100).notNullable();
    t.text('source');
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamps(true, true);
  });

  await knex.schema.createTable('evidence_kinds', (t) => {
    t.string('key', 40).primary();
    t.string('name_zh', 40).notNullable();
    t.string('name_en', 60).notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamps(true, true);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('evidence_kinds');
  await knex.schema.dropTable('complaint_categories');
  await knex.schema.dropTable('calendar_days');
  await knex.schema.dropTable('calendar_years');
  await knex.schema.dropTable('clock_definitions');
  await knex.schema.dropTable('procedure_profiles');
}

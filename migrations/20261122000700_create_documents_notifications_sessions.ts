import type { Knex } from 'knex';

/** Issued documents (registry) with their gap-free number series, notifications, sessions and the access log. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('document_number_sequences', (t) => {
    t.integer('agency_id').notNullable().references('agencies.id');
    t.string('document_type', 60).notNullable();
    t.integer('year').notNullable();
    t.integer('last_number').notNullable().defaultTo(0);
    t.primary(['agency_id', 'document_type', 'year']);
  });

  await knex.schema.createTable('issued_documents', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id');
    t.integer('penalty_id').references('penalty_proceedings.id');
    t.integer('agency_id').notNullable().references('agencies.id');
    t.string('document_type', 60).notNullable();
    /** 文号, e.g. 苏旅投受字〔2026〕15号 */
    t.string('document_number', 80);
    t.integer('number_year');
    t.integer('number_seq');
    t.integer('recipient_party_id').references('case_parties.id');
    t.enu('status', ['draft', 'issued', 'superseded'], { useNative: false, enumName: 'issued_document_status' }).notNullable();
    t.integer('pdf_file_id').references('files.id');
    t.integer('docx_file_id').references('files.id');
    t.string('sha256', 64);
    t.string('verification_code', 40).unique();
    t.integer('supersedes_id').references('issued_documents.id');
    t.text('correction_reason');
    t.bigInteger('event_id');
    t.timestamp('issued_at', { useTz: true });
    t.integer('issued_by').references('users.id');
    t.timestamps(true, true);
    t.unique(['agency_id', 'document_type', 'number_year', 'number_seq']);
    t.index(['case_id']);
  });

  await knex.schema.createTable('notifications', (t) => {
    t.increments('id');
    t.integer('user_id').notNullable().references('users.id');
    t.integer('case_id').references('cases.id');
    t.string('kind', 60).notNullable();
    t.jsonb('params').notNullable().defaultTo('{}');
    t.timestamp('read_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['user_id', 'read_at']);
  });

  // express-session store (connect-session-knex): column names are the store's defaults.
  await knex.schema.createTable('sessions', (t) => {
    t.string('sid', 255).primary();
    t.json('sess').notNullable();
    t.timestamp('expired', { useTz: true }).notNullable().index();
  });

  await knex.schema.createTable('access_log', (t) => {
    t.bigIncrements('id');
    t.integer('user_id').references('users.id');
    t.string('actor_role', 30).notNullable();
    t.integer('case_id').references('cases.id');
    t.string('action', 40).notNullable();
    t.string('target', 200);
    t.timestamp('occurred_at', { useTz: true }).notNullable();
    t.index(['case_id']);
  });
  await knex.raw(`
    create function access_log_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'access_log is append-only: % refused', tg_op using errcode = 'P0001';
    end $$`);
  await knex.raw(`create trigger access_log_append_only before update or delete on access_log
    for each row execute function access_log_refuse_change()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger if exists access_log_append_only on access_log');
  await knex.schema.dropTable('access_log');
  await knex.raw('drop function if exists access_log_refuse_change()');
  await knex.schema.dropTable('sessions');
  await knex.schema.dropTable('notifications');
  await knex.schema.dropTable('issued_documents');
  await knex.schema.dropTable('document_number_sequences');
}

import type { Knex } from 'knex';

/**
 * Issuing formal documents (documents.md §4, §5): an issued document row and its two files are immutable
 * (triggers refuse UPDATE and DELETE); what happens to a document later (superseded, revoked, served) is an
 * append-only status table. Agencies gain their document settings (§6.3) and seal images (§4.3).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('agencies', (t) => {
    /** documents.md §6.3: self, doc_code, issuer_mark, postcode, fine_bank, office_name, seal_mode, … (validated in agencyRepository) */
    t.jsonb('document_settings').notNullable().defaultTo('{}');
  });

  await knex.schema.createTable('agency_seal_images', (t) => {
    t.increments('id');
    t.integer('agency_id').notNullable().references('agencies.id');
    t.integer('version').notNullable();
    t.binary('content').notNullable();
    t.string('sha256', 64).notNullable();
    t.integer('diameter_mm').notNullable();
    t.string('approved_by', 100).notNullable();
    t.date('approved_on').notNullable();
    t.string('approval_document_number', 80).notNullable();
    t.integer('uploaded_by').references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['agency_id', 'version']);
  });

  await knex.schema.alterTable('issued_documents', (t) => {
    t.dropColumn('status');
    t.dropColumn('sha256');
    t.dropColumn('correction_reason');
    t.string('profile_key', 40);
    t.string('title', 100);
    t.bigInteger('source_event_id');
    t.string('pdf_sha256', 64);
    t.string('docx_sha256', 64);
    t.integer('pdf_size');
    t.integer('docx_size');
    t.integer('page_count');
    t.string('template_version', 20);
    t.integer('seal_image_id').references('agency_seal_images.id');
    /** the frozen context the renditions were made from (§5.7 step 4) */
    t.jsonb('snapshot');
  });
  await knex.raw('alter table issued_documents alter column verification_code type varchar(12)');
  await knex.raw('create unique index issued_documents_supersedes_once on issued_documents (supersedes_id) where supersedes_id is not null');

  await knex.schema.createTable('document_status_entries', (t) => {
    t.bigIncrements('id');
    t.integer('document_id').notNullable().references('issued_documents.id');
    t.enu('status', ['superseded', 'revoked', 'served'], { useNative: false, enumName: 'document_status' }).notNullable();
    t.integer('successor_id').references('issued_documents.id');
    t.integer('party_id').references('case_parties.id');
    t.string('reason', 500);
    t.integer('recorded_by').references('users.id');
    t.timestamp('recorded_at', { useTz: true }).notNullable();
    t.index(['document_id']);
  });

  await knex.raw(`
    create function documents_refuse_change() returns trigger language plpgsql as $$
    begin
      -- uploaded files stay changeable; the renditions of issued documents do not
      if tg_table_name = 'files' then
        if coalesce(old.purpose, '') not like 'document%' then
          if tg_op = 'DELETE' then return old; end if;
          return new;
        end if;
      end if;
      raise exception '% is immutable: % refused', tg_table_name, tg_op using errcode = 'P0001';
    end $$`);
  for (const table of ['issued_documents', 'document_status_entries', 'agency_seal_images', 'files']) {
    await knex.raw(`create trigger ${table}_immutable before update or delete on ${table} for each row execute function documents_refuse_change()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['issued_documents', 'document_status_entries', 'agency_seal_images', 'files']) {
    await knex.raw(`drop trigger if exists ${table}_immutable on ${table}`);
  }
  await knex.raw('drop function if exists documents_refuse_change()');
  await knex.schema.dropTable('document_status_entries');
  await knex.raw('drop index if exists issued_documents_supersedes_once');
  await knex.schema.alterTable('issued_documents', (t) => {
    t.dropColumn('snapshot');
    t.dropColumn('seal_image_id');
    t.dropColumn('template_version');
    t.dropColumn('page_count');
    t.dropColumn('docx_size');
    t.dropColumn('pdf_size');
    t.dropColumn('docx_sha256');
    t.dropColumn('pdf_sha256');
    t.dropColumn('source_event_id');
    t.dropColumn('title');
    t.dropColumn('profile_key');
    t.text('correction_reason');
    t.string('sha256', 64);
    t.enu('status', ['draft', 'issued', 'superseded'], { useNative: false, enumName: 'issued_document_status' }).notNullable().defaultTo('issued');
  });
  await knex.raw('alter table issued_documents alter column verification_code type varchar(40)');
  await knex.schema.dropTable('agency_seal_images');
  await knex.schema.alterTable('agencies', (t) => t.dropColumn('document_settings'));
}

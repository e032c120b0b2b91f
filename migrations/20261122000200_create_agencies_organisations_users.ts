import type { Knex } from 'knex';

/** Agencies (a hierarchy), tourism businesses (organisations) and user accounts (procedure.md §1). */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('agencies', (t) => {
    t.increments('id');
    t.integer('parent_id').references('agencies.id');
    t.enu('level', ['national', 'provincial', 'prefecture', 'county'], { useNative: false, enumName: 'agency_level' }).notNullable();
    t.string('name', 100).notNullable();
    t.string('short_name', 40).notNullable();
    t.string('division_code', 6).notNullable();
    /** used in case numbers: {case_code}-{YYYY}-{NNNNN} (§2.4) */
    t.string('case_code', 7).notNullable().unique();
    /** document-number prefix per document type, e.g. {"acceptance_notice": "苏旅投受字"} */
    t.jsonb('document_prefixes').notNullable().defaultTo('{}');
    t.string('default_profile', 40).notNullable().references('procedure_profiles.key');
    t.boolean('acceptance_needs_approval').notNullable().defaultTo(false);
    t.string('reconsideration_organ', 100);
    t.string('court', 100);
    t.string('address', 200);
    t.string('public_phone', 40);
    t.string('email', 254);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
  });

  await knex.schema.createTable('organisations', (t) => {
    t.increments('id');
    t.string('name', 100).notNullable();
    t.string('respondent_type', 30).notNullable();
    /** 统一社会信用代码, GB 32100 checked by the application */
    t.string('uscc', 18).unique();
    t.string('guide_certificate_no', 40);
    t.string('licence_no', 40);
    t.string('address', 200);
    t.string('division_code', 6);
    t.string('legal_representative', 50);
    t.string('contact_person', 50);
    t.string('contact_phone', 30);
    t.string('contact_email', 254);
    t.boolean('verified').notNullable().defaultTo(false);
    t.timestamp('e_service_consent_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
  });

  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('username', 60).notNullable().unique();
    t.string('display_name', 60).notNullable();
    t.string('email', 254);
    t.string('phone', 30);
    t.text('password_hash').notNullable();
    t.enu('role', ['citizen', 'business_user', 'business_admin', 'officer', 'supervisor', 'legal_reviewer', 'administrator'], {
      useNative: false,
      enumName: 'user_role',
    }).notNullable();
    t.integer('agency_id').references('agencies.id');
    t.integer('organisation_id').references('organisations.id');
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('failed_logins').notNullable().defaultTo(0);
    t.timestamp('locked_until', { useTz: true });
    t.timestamp('last_login_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
  });
  await knex.raw(`alter table users add constraint users_scope_matches_role check (
    (role in ('officer','supervisor','legal_reviewer','administrator') and agency_id is not null and organisation_id is null)
    or (role in ('business_user','business_admin') and organisation_id is not null and agency_id is null)
    or (role = 'citizen' and agency_id is null and organisation_id is null))`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('users');
  await knex.schema.dropTable('organisations');
  await knex.schema.dropTable('agencies');
}

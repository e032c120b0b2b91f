import type { Knex } from 'knex';

/**
 * Cases (procedure.md §2.1, §2.2), their request items and parties (complainants incl. joint complaints
 * and representatives, agents with power of attorney, respondents), and the gap-free case-number sequence.
 * Personal data sits in its own columns of case_parties so views and exports can leave it out (§8).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('case_number_sequences', (t) => {
    t.integer('agency_id').notNullable().references('agencies.id');
    t.integer('year').notNullable();
    t.integer('last_number').notNullable().defaultTo(0);
    t.primary(['agency_id', 'year']);
  });

  await knex.schema.createTable('cases', (t) => {
    t.increments('id');
    t.string('case_number', 30).notNullable().unique();
    t.text('query_code_hash').notNullable();
    t.string('profile_key', 40).notNullable().references('procedure_profiles.key');
    t.integer('agency_id').notNullable().references('agencies.id');
    t.string('channel', 40).notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable();
    /** written only by applyCaseEvent (server/services/caseEventService.ts) */
    t.string('status', 40).notNullable();
    t.string('severity', 20).notNullable().defaultTo('general');
    t.string('case_type', 20).notNullable().defaultTo('complaint');
    t.string('complaint_category', 60).notNullable().references('complaint_categories.key');
    t.boolean('category_confirmed').notNullable().defaultTo(false);
    t.integer('assigned_officer_id').references('users.id');
    t.string('jurisdiction_basis', 40);
    t.string('closure_reason', 40);
    t.string('decision_kind', 40);
    t.specificType('flags', 'text[]').notNullable().defaultTo('{}');
    t.boolean('facts_checklist_complete').notNullable().defaultTo(false);
    t.boolean('is_joint_complaint').notNullable().defaultTo(false);
    // what happened (§2.2)
    t.text('facts').notNullable();
    t.text('reasons').notNullable();
    t.date('incident_date');
    t.string('incident_place_code', 6);
    t.string('incident_place', 200);
    t.date('harm_known_date');
    t.boolean('has_contract').notNullable().defaultTo(false);
    t.string('contract_number', 50);
    t.date('contract_date');
    t.string('contract_place', 120);
    t.date('travel_start_date');
    t.date('travel_end_date');
    t.date('contract_end_date');
    t.string('destination', 100);
    t.string('tour_group_number', 100);
    t.string('product_name', 100);
    t.string('booking_channel', 100);
    t.decimal('amount_paid', 14, 2);
    t.integer('group_size');
    // referral and media (§2.3)
    t.string('referral_source_agency', 100);
    t.string('referral_reference_no', 100);
    t.date('referral_deadline');
    t.string('media_outlet', 100);
    t.string('media_url', 500);
    t.timestamp('media_published_at', { useTz: true });
    t.boolean('privacy_notice_ack').notNullable().defaultTo(false);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.index(['agency_id', 'status']);
    t.index(['assigned_officer_id', 'status']);
  });

  await knex.schema.createTable('case_request_items', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.string('kind', 40).notNullable();
    t.decimal('amount', 14, 2);
    t.string('detail', 500).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['case_id', 'position']);
  });

  await knex.schema.createTable('case_parties', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id').onDelete('CASCADE');
    t.enu('party_role', ['complainant', 'respondent', 'agent'], { useNative: false, enumName: 'party_role' }).notNullable();
    t.integer('position').notNullable().defaultTo(1);
    t.string('name', 100).notNullable();
    /** the citizen or business account acting for this party, if any */
    t.integer('user_id').references('users.id');
    // complainant
    t.string('complainant_kind', 30);
    t.boolean('is_representative').notNullable().defaultTo(false);
    t.text('query_code_hash');
    t.boolean('e_service_consent').notNullable().defaultTo(false);
    // personal data (§8.1): never shown to the respondent
    t.string('gender', 20);
    t.string('nationality', 2);
    t.integer('age');
    t.string('occupation', 50);
    t.string('work_unit', 150);
    t.string('address_code', 6);
    t.string('address', 200);
    t.string('postcode', 6);
    t.string('phone', 30);
    t.string('email', 254);
    t.string('id_type', 40);
    t.string('id_number', 40);
    t.string('guardian_name', 50);
    t.string('guardian_phone', 30);
    t.string('guardian_relationship', 50);
    // agent
    t.integer('represents_party_id').references('case_parties.id');
    t.string('agent_relationship', 50);
    t.specificType('agent_authority', 'text[]');
    t.integer('power_of_attorney_file_id');
    // respondent
    t.integer('organisation_id').references('organisations.id');
    t.string('respondent_type', 30);
    t.string('respondent_uscc', 18);
    t.string('respondent_licence_no', 40);
    t.string('respondent_phone', 30);
    t.string('involved_staff', 200);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.index(['case_id', 'party_role']);
    t.index(['organisation_id']);
    t.index(['user_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('case_parties');
  await knex.schema.dropTable('case_request_items');
  await knex.schema.dropTable('cases');
  await knex.schema.dropTable('case_number_sequences');
}

import type { Knex } from 'knex';

/**
 * Files (bytea + sha256 + detected type), evidence items, written replies, obligations, appeals,
 * penalty proceedings and approval requests (procedure.md §2.5, §2.6, §3.4, §3.6, §3.7, §6.2).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('files', (t) => {
    t.increments('id');
    t.integer('case_id').references('cases.id');
    t.string('purpose', 40).notNullable();
    t.string('original_name', 255).notNullable();
    /** MIME type detected from the content, never from the file name */
    t.string('mime_type', 100).notNullable();
    t.bigInteger('size_bytes').notNullable();
    t.string('sha256', 64).notNullable();
    t.binary('content').notNullable();
    t.integer('uploaded_by').references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['case_id']);
  });

  await knex.schema.createTable('evidence_items', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id');
    t.string('evidence_kind', 40).references('evidence_kinds.key');
    t.string('source_party', 20).notNullable();
    t.string('description', 500).notNullable();
    t.date('obtained_on');
    t.string('obtained_by', 100);
    t.string('original_or_copy', 20);
    t.integer('file_id').references('files.id');
    t.string('verification_status', 20).notNullable().defaultTo('unverified');
    t.boolean('shared_with_complainant').notNullable().defaultTo(false);
    t.boolean('shared_with_respondent').notNullable().defaultTo(false);
    t.integer('added_by').references('users.id');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.index(['case_id']);
  });

  await knex.schema.createTable('written_replies', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id');
    t.integer('respondent_party_id').notNullable().references('case_parties.id');
    t.enu('status', ['draft', 'submitted'], { useNative: false, enumName: 'written_reply_status' }).notNullable();
    t.text('reply_subject');
    t.text('reply_verification_process');
    t.text('reply_facts_evidence');
    t.text('reply_responsibility_opinion');
    t.string('reply_position', 20);
    t.jsonb('objections').notNullable().defaultTo('[]');
    t.text('settlement_offer');
    t.string('signatory', 60);
    t.boolean('entered_by_officer').notNullable().defaultTo(false);
    t.date('postmark_date');
    t.boolean('late').notNullable().defaultTo(false);
    t.timestamp('submitted_at', { useTz: true });
    t.integer('submitted_by').references('users.id');
    t.bigInteger('event_id');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.index(['case_id']);
  });
  await knex.raw(`create unique index written_replies_one_draft on written_replies (respondent_party_id) where status = 'draft'`);

  await knex.schema.createTable('obligations', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id');
    t.string('source', 20).notNullable();
    t.bigInteger('source_event_id').notNullable();
    t.string('obligor', 100).notNullable();
    t.integer('obligor_party_id').references('case_parties.id');
    t.string('obligee', 100);
    t.string('kind', 20).notNullable();
    t.decimal('amount', 14, 2);
    t.string('manner', 300);
    t.integer('performance_days').notNullable();
    t.enu('state', ['pending', 'performed', 'overdue', 'enforced', 'waived'], { useNative: false, enumName: 'obligation_state' }).notNullable();
    t.text('proof');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.index(['case_id']);
  });

  await knex.schema.createTable('penalty_proceedings', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id');
    /** written only by applyCaseEvent */
    t.string('status', 40).notNullable();
    t.string('party_name', 100).notNullable();
    t.integer('organisation_id').references('organisations.id');
    t.string('legal_provision', 40).notNullable();
    t.jsonb('proposed_items').notNullable().defaultTo('[]');
    t.jsonb('decided_items').notNullable().defaultTo('[]');
    t.boolean('hearing_right').notNullable().defaultTo(false);
    t.specificType('investigator_ids', 'integer[]').notNullable().defaultTo('{}');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.index(['case_id']);
  });

  await knex.schema.createTable('appeals', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id');
    t.integer('penalty_id').references('penalty_proceedings.id');
    t.string('appeal_kind', 20).notNullable();
    t.string('applicant', 100).notNullable();
    t.integer('applicant_party_id').references('case_parties.id');
    t.string('act_appealed', 60).notNullable();
    t.string('organ', 100).notNullable();
    t.string('organ_case_number', 100);
    t.date('filed_on').notNullable();
    t.date('received_on');
    t.string('outcome', 30);
    t.date('outcome_on');
    t.bigInteger('filed_event_id').notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.index(['case_id']);
  });

  await knex.schema.createTable('approval_requests', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id');
    t.integer('penalty_id').references('penalty_proceedings.id');
    t.string('event_type', 60).notNullable();
    t.jsonb('payload').notNullable();
    t.integer('requested_by').notNullable().references('users.id');
    t.timestamp('requested_at', { useTz: true }).notNullable();
    t.enu('status', ['pending', 'approved', 'returned'], { useNative: false, enumName: 'approval_status' }).notNullable();
    t.integer('decided_by').references('users.id');
    t.timestamp('decided_at', { useTz: true });
    t.text('comment');
    t.bigInteger('event_id');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.index(['case_id', 'status']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('approval_requests');
  await knex.schema.dropTable('appeals');
  await knex.schema.dropTable('penalty_proceedings');
  await knex.schema.dropTable('obligations');
  await knex.raw('drop index if exists written_replies_one_draft');
  await knex.schema.dropTable('written_replies');
  await knex.schema.dropTable('evidence_items');
  await knex.schema.dropTable('files');
}

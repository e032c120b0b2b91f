import type { Knex } from 'knex';

/**
 * case_events: append-only (a trigger refuses UPDATE and DELETE) and hash-chained per case:
 * hash = sha256(prev_hash || canonical_json(event)) (architecture.md §5; server/domain/case/hashChain.ts).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('case_events', (t) => {
    t.bigIncrements('id');
    t.integer('case_id').notNullable().references('cases.id');
    t.integer('seq').notNullable();
    t.string('event_type', 60).notNullable();
    t.integer('penalty_id');
    t.enu('actor_type', ['user', 'system'], { useNative: false, enumName: 'event_actor_type' }).notNullable();
    t.integer('actor_user_id').references('users.id');
    t.string('actor_role', 30).notNullable();
    t.string('from_status', 40);
    t.string('to_status', 40);
    t.jsonb('payload').notNullable().defaultTo('{}');
    /** when the event happened (the injected clock), UTC */
    t.timestamp('occurred_at', { useTz: true }).notNullable();
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.string('prev_hash', 64).notNullable();
    t.string('hash', 64).notNullable();
    t.unique(['case_id', 'seq']);
    t.index(['event_type', 'occurred_at']);
  });
  await knex.raw(`
    create function case_events_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'case_events is append-only: % refused', tg_op using errcode = 'P0001';
    end $$`);
  await knex.raw(`create trigger case_events_append_only before update or delete on case_events
    for each row execute function case_events_refuse_change()`);
  await knex.raw(`create trigger case_events_no_truncate before truncate on case_events
    for each statement execute function case_events_refuse_change()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger if exists case_events_no_truncate on case_events');
  await knex.raw('drop trigger if exists case_events_append_only on case_events');
  await knex.schema.dropTable('case_events');
  await knex.raw('drop function if exists case_events_refuse_change()');
}

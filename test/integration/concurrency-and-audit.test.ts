/**
 * Two transitions racing on one case: exactly one wins, the other gets a ConflictError and nothing is
 * lost or half-written. The event log is append-only, and a tampered row is found by the verifier.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createTestContext, type TestContext } from '../support/testApp.ts';
import { createCase } from '../factories/createCase.ts';
import { findCase } from '../../server/repositories/caseRepository.ts';
import { listEvents } from '../../server/repositories/eventRepository.ts';
import { ConflictError } from '../../server/errors.ts';
import { ACCEPTANCE_CHECKLIST_ITEMS } from '../../server/domain/case/enums.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const acceptPayload = {
  checklist: Object.fromEntries(ACCEPTANCE_CHECKLIST_ITEMS.map((k) => [k, true])),
  jurisdiction_basis: 'respondent_location',
  complaint_category: 'contract_breach',
};

describe('concurrent transitions on one case', () => {
  it('two officers acting on the same version: exactly one wins, the other gets a conflict', async () => {
    const { caseId, actors } = await createCase(ctx, { status: 'acceptance_review' });
    const before = await findCase(ctx.database.knex, caseId);
    const eventsBefore = (await listEvents(ctx.database.knex, caseId)).length;
    const results = await Promise.allSettled([
      ctx.services.caseEvents.applyCaseEvent({ caseId, event: 'accept', payload: acceptPayload, actor: actors.officer, expectedVersion: before!.version }),
      ctx.services.caseEvents.applyCaseEvent({ caseId, event: 'request_supplement', payload: { missing_items: '合同原件' }, actor: actors.officer, expectedVersion: before!.version }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
    const after = await findCase(ctx.database.knex, caseId);
    expect(after!.version).toBe(before!.version + 1);
    const events = await listEvents(ctx.database.knex, caseId);
    expect(events).toHaveLength(eventsBefore + 1);
    expect(['accepted', 'awaiting_supplement']).toContain(after!.status);
    expect(events.at(-1)!.toStatus).toBe(after!.status);
    expect(await ctx.services.audit.verifyCase(caseId)).toBeNull();
  });

  it('two system steps without a version are serialised by the row lock: both land, in order', async () => {
    const { caseId, actors } = await createCase(ctx, { status: 'acceptance_review' });
    await Promise.all([
      ctx.services.caseEvents.applyCaseEvent({ caseId, event: 'add_evidence', payload: { description: '照片一' }, actor: actors.officer }),
      ctx.services.caseEvents.applyCaseEvent({ caseId, event: 'add_evidence', payload: { description: '照片二' }, actor: actors.officer }),
    ]);
    const events = await listEvents(ctx.database.knex, caseId);
    expect(events.filter((e) => e.eventType === 'add_evidence')).toHaveLength(2);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(await ctx.services.audit.verifyCase(caseId)).toBeNull();
  });

  it('a stale form over HTTP is refused with the conflict message and the typed values kept', async () => {
    const { signIn, csrfOf } = await import('../support/testApp.ts');
    const { caseId, actors } = await createCase(ctx, { status: 'acceptance_review' });
    const officer = await signIn(ctx.app, 'officer');
    const page = await officer.get(`/staff/cases/${caseId}`).expect(200);
    const version = /name="version" value="(\d+)"/.exec(page.text)![1];
    // someone else changes the case meanwhile
    await ctx.services.caseEvents.applyCaseEvent({ caseId, event: 'add_evidence', payload: { description: '另一承办人补充的证据' }, actor: actors.supervisor });
    const res = await officer.post(`/staff/cases/${caseId}/events/request_supplement`).type('form').send({ _csrf: csrfOf(page.text), version, missing_items: '请补充付款凭证（保留此文字）' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/staff/cases/${caseId}#event-request_supplement`);
    const again = await officer.get(`/staff/cases/${caseId}`).expect(200);
    expect(again.text).toContain('请补充付款凭证（保留此文字）');
    expect(again.text).toContain('已被他人修改');
    expect((await findCase(ctx.database.knex, caseId))!.status).toBe('acceptance_review');
  });
});

describe('the event log', () => {
  it('refuses UPDATE and DELETE of case_events', async () => {
    const { caseId } = await createCase(ctx, { status: 'submitted' });
    await expect(ctx.database.knex('case_events').where({ case_id: caseId }).update({ payload: '{}' })).rejects.toThrow(/append-only/);
    await expect(ctx.database.knex('case_events').where({ case_id: caseId }).delete()).rejects.toThrow(/append-only/);
  });

  it('a tampered event row is detected by the audit verifier and by npm run audit:verify', async () => {
    const { caseId, caseNumber } = await createCase(ctx, { status: 'accepted' });
    const clean = await ctx.services.audit.verifyAll();
    expect(clean.broken).toEqual([]);
    // an attacker with database rights switches the trigger off and rewrites history
    const k = ctx.database.knex;
    await k.raw('alter table case_events disable trigger case_events_append_only');
    await k.raw(`update case_events set payload = jsonb_set(payload, '{jurisdiction_basis}', '"designated"') where case_id = ? and event_type = 'accept'`, [caseId]);
    await k.raw('alter table case_events enable trigger case_events_append_only');
    const result = await ctx.services.audit.verifyAll();
    expect(result.broken).toEqual([expect.objectContaining({ caseId, caseNumber })]);
    if (ctx.database.kind === 'postgres') {
      // the command itself, against this database: exits non-zero naming the case
      const url = await k.raw('select current_database() as db').then((r) => r.rows[0].db as string);
      const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL!.replace(/\/[^/?]*(\?|$)/, `/${url}$1`) };
      const run = promisify(execFile)('npx', ['tsx', 'server/cli/auditVerify.ts'], { env });
      await expect(run).rejects.toMatchObject({ code: 1, stdout: expect.stringContaining(caseNumber) });
    }
  });
});

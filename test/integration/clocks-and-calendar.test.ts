/**
 * Clocks through the engine: due dates stored with their explanation at the starting event, pause and
 * extension with supervisor approval, provisional deadlines in an uncovered year, recomputation after an
 * administrator edits the calendar (recorded as events), and the penalty decision's guards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, csrfOf, signIn, type TestContext } from '../support/testApp.ts';
import { createCase } from '../factories/createCase.ts';
import { listClocks } from '../../server/repositories/clockRepository.ts';
import { listEvents } from '../../server/repositories/eventRepository.ts';
import { findCase } from '../../server/repositories/caseRepository.ts';
import { listPenalties } from '../../server/repositories/caseFileRepository.ts';
import { IllegalTransitionError } from '../../server/errors.ts';
import { SYSTEM_ACTOR } from '../../server/domain/case/types.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext('2026-03-02T09:00:00+08:00');
});
afterAll(async () => ctx.close());

const clockOf = async (caseId: number, key: string) => (await listClocks(ctx.database.knex, caseId)).filter((k) => k.clockKey === key).at(-1)!;

describe('clocks on a case', () => {
  it('2010 acceptance: 5 working days from submission, explained; supplement pauses it', async () => {
    ctx.clock.set('2026-09-25T10:00:00+08:00'); // Friday before the National Day holiday
    const { caseId, actors } = await createCase(ctx, { status: 'acceptance_review', profile: 'measures-2010' });
    const acceptance = await clockOf(caseId, 'acceptance');
    // submitted Fri 09-25: 09-28 (1), 09-29 (2), 09-30 (3), 10-01…10-07 National Day, 10-08 (4), 10-09 (5)
    expect(acceptance.startDate).toBe('2026-09-25');
    expect(acceptance.dueDate).toBe('2026-10-09');
    expect(acceptance.explanation.map((l) => l.key)).toEqual(expect.arrayContaining(['deadline.explain.clock', 'deadline.explain.start', 'deadline.explain.due']));
    await ctx.services.caseEvents.applyCaseEvent({ caseId, event: 'request_supplement', payload: { missing_items: '付款凭证' }, actor: actors.officer });
    const paused = await clockOf(caseId, 'acceptance');
    expect(paused.state).toBe('paused');
    expect(paused.dueDate).toBeNull();
    expect((await clockOf(caseId, 'supplement')).state).toBe('running');
  });

  it('E11: an appraisal pause with supervisor approval moves the 2010 mediation deadline to 2026-05-21', async () => {
    ctx.clock.set('2026-02-26T09:00:00+08:00'); // the walk to `accepted` takes four days
    const { caseId } = await createCase(ctx, { status: 'accepted', profile: 'measures-2010' });
    const mediation = await clockOf(caseId, 'mediation');
    expect(mediation.startDate).toBe('2026-03-02');
    expect(mediation.dueDate).toBe('2026-05-06'); // E10
    ctx.clock.set('2026-03-20T10:00:00+08:00');
    const officer = await signIn(ctx.app, 'officer_sz');
    const page = await officer.get(`/staff/cases/${caseId}`);
    await officer.post(`/staff/cases/${caseId}/events/pause_clock`).type('form').send({ _csrf: csrfOf(page.text), clock_id: mediation.id, pause_reason: 'appraisal', note: '委托鉴定' });
    expect((await clockOf(caseId, 'mediation')).state).toBe('running'); // waits for approval
    const supervisor = await signIn(ctx.app, 'supervisor_sz');
    const approval = await ctx.database.knex('approval_requests').where({ case_id: caseId, status: 'pending' }).first('id');
    const spage = await supervisor.get(`/staff/cases/${caseId}`);
    await supervisor.post(`/staff/cases/${caseId}/approvals/${approval.id}`).type('form').send({ _csrf: csrfOf(spage.text), decision: 'approved' });
    expect((await clockOf(caseId, 'mediation')).state).toBe('paused');
    ctx.clock.set('2026-04-09T10:00:00+08:00');
    const page2 = await officer.get(`/staff/cases/${caseId}`);
    await officer.post(`/staff/cases/${caseId}/events/resume_clock`).type('form').send({ _csrf: csrfOf(page2.text), clock_id: mediation.id, note: '鉴定结论已出' });
    const resumed = await clockOf(caseId, 'mediation');
    expect(resumed.state).toBe('running');
    expect(resumed.dueDate).toBe('2026-05-21');
  });

  it('a deadline in a year the calendar does not cover is stored provisional and flagged on the case', async () => {
    ctx.clock.set('2026-12-16T09:00:00+08:00');
    const { caseId, actors } = await createCase(ctx, { status: 'awaiting_reply', profile: 'interim-1991' });
    const reply = await clockOf(caseId, 'respondent_reply');
    expect(reply.isProvisional).toBe(true);
    expect(reply.explanation.some((l) => l.key === 'deadline.explain.provisional')).toBe(true);
    expect((await findCase(ctx.database.knex, caseId))!.flags).toContain('provisional_deadline');
    const admin = await signIn(ctx.app, 'admin');
    const page = await admin.get('/admin/calendar?year=2026').expect(200);
    expect(page.text).toContain('暂定');

    // the administrator publishes 2027 with New Year's Day: open clocks are recomputed and the change is an event
    const yearPage = await admin.get('/admin/calendar?year=2027');
    await admin.post('/admin/calendar/days').type('form').send({ _csrf: csrfOf(yearPage.text), date: '2027-01-01', kind: 'holiday', name: '元旦', source_notice: '国务院办公厅关于2027年部分节假日安排的通知' });
    const p2 = await admin.get('/admin/calendar?year=2027');
    await admin.post('/admin/calendar/years').type('form').send({ _csrf: csrfOf(p2.text), year: '2027', status: 'published', source_notice: '国务院办公厅关于2027年部分节假日安排的通知', published_on: '2026-12-01' });
    const after = await clockOf(caseId, 'respondent_reply');
    expect(after.isProvisional).toBe(false);
    const recomputed = (await listEvents(ctx.database.knex, caseId)).filter((e) => e.eventType === 'deadline_recomputed');
    expect(recomputed.length).toBeGreaterThan(0);
    expect(recomputed[0]!.actorType).toBe('system');
    expect((await findCase(ctx.database.knex, caseId))!.flags).not.toContain('provisional_deadline');
    void actors;
  });
});

describe('penalty proceeding', () => {
  it('a penalty decision needs a served prior notice and an expired or used statement period', async () => {
    ctx.clock.set('2026-04-01T09:00:00+08:00');
    const { caseId, actors } = await createCase(ctx, { status: 'investigating', profile: 'interim-1991' });
    const svc = ctx.services.caseEvents;
    await svc.applyCaseEvent({ caseId, event: 'add_evidence', payload: { description: '行程单', evidence_kind: 'documentary', verification_status: 'verified' }, actor: actors.officer });
    const filing = await svc.applyCaseEvent({ caseId, event: 'file_penalty', payload: { party_name: '金陵国际旅行社有限公司', organisation_id: ctx.directory.organisations.agency, legal_provision: 'tl_100', facts: '擅自变更行程' }, actor: actors.officer });
    expect(filing.kind).toBe('approval_requested');
    await svc.decideApprovalRequest({ approvalId: (filing as { approvalId: number }).approvalId, caseId, decision: 'approved', comment: null, actor: actors.supervisor });
    const [penalty] = await listPenalties(ctx.database.knex, caseId);
    expect(penalty!.status).toBe('filed');
    expect((await clockOf(caseId, 'penalty_decision')).penaltyId).toBe(penalty!.id);

    const decide = () =>
      svc.applyCaseEvent({
        caseId,
        penaltyId: penalty!.id,
        event: 'decide_penalty',
        payload: { items: [{ type: 'fine', amount: 30000 }], party_address: '南京市秦淮区', facts_and_evidence: '见卷', legal_basis: '《旅游法》第一百条', performance_manner: '十五日内缴纳', legal_review_done: true },
        actor: actors.supervisor,
      });
    await expect(decide()).rejects.toBeInstanceOf(IllegalTransitionError); // still `filed`

    const notice = await svc.applyCaseEvent({
      caseId,
      penaltyId: penalty!.id,
      event: 'serve_prior_notice',
      payload: { proposed_items: [{ type: 'fine', amount: 30000 }], served_on: '2026-04-01', service_method: 'in_person', facts: '擅自变更行程' },
      actor: actors.officer,
    });
    await svc.decideApprovalRequest({ approvalId: (notice as { approvalId: number }).approvalId, caseId, decision: 'approved', comment: null, actor: actors.supervisor });
    expect((await listPenalties(ctx.database.knex, caseId))[0]!.status).toBe('prior_notice_served');
    await expect(decide()).rejects.toBeInstanceOf(IllegalTransitionError); // statement period still open

    // 5 working days pass without a statement: the system moves the proceeding to review (P07)
    for (let i = 0; i < 9; i++) {
      ctx.clock.advanceDays(1);
      await ctx.services.clockExpiry.expireDueClocks();
    }
    expect((await listPenalties(ctx.database.knex, caseId))[0]!.status).toBe('under_review');
    await decide();
    expect((await listPenalties(ctx.database.knex, caseId))[0]!.status).toBe('decided');
    const events = await listEvents(ctx.database.knex, caseId);
    expect(events.filter((e) => e.penaltyId === penalty!.id).map((e) => e.eventType)).toEqual(['serve_prior_notice', 'clock_expired', 'decide_penalty']);
    expect(await ctx.services.audit.verifyCase(caseId)).toBeNull();
    void SYSTEM_ACTOR;
  });
});

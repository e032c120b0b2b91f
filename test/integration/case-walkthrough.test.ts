/**
 * One case walked from submission to archive in each procedure profile, entirely through the HTTP
 * routes: the citizen files and tracks, staff act on the case page forms, the business replies; four-eyes
 * approvals, a late reply, clock expiry as system events, and the hash chain verified at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestContext, csrfOf, signIn, type Agent, type TestContext } from '../support/testApp.ts';
import { findCaseByNumber, findCase } from '../../server/repositories/caseRepository.ts';
import { listParties } from '../../server/repositories/partyRepository.ts';
import { listObligations, listEvidence } from '../../server/repositories/caseFileRepository.ts';
import { listEvents } from '../../server/repositories/eventRepository.ts';
import { ACCEPTANCE_CHECKLIST_ITEMS } from '../../server/domain/case/enums.ts';
import { legalDateOf } from '../../server/domain/deadlines/legalDate.ts';
import { sampleComplaint } from '../../seeds/demo/scenarios.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext('2026-03-02T09:00:00+08:00');
});
afterAll(async () => ctx.close());

const today = () => legalDateOf(ctx.clock.now());

async function fileOnline(agencyId: number) {
  const citizen = request.agent(ctx.app);
  const page = await citizen.get('/complaints/new').expect(200);
  const form = sampleComplaint(today());
  const res = await citizen
    .post('/complaints')
    .type('form')
    .send({ _csrf: csrfOf(page.text), agency_id: agencyId, ...form, has_contract: 'on', privacy_notice_ack: 'on', e_service_consent: 'on' });
  expect(res.status, res.text).toBe(303);
  expect(res.headers.location).toBe('/complaints/receipt');
  const receipt = await citizen.get('/complaints/receipt').expect(200);
  const caseNumber = /(\d{6}-\d{4}-\d{5})/.exec(receipt.text)![1]!;
  const queryCode = /([A-Z0-9]{5}-[A-Z0-9]{5})/.exec(receipt.text)![1]!;
  // the query code is shown once: the receipt is gone afterwards
  expect((await citizen.get('/complaints/receipt')).headers.location).toBe('/track');
  const c = await findCaseByNumber(ctx.database.knex, caseNumber);
  return { caseId: c!.id, caseNumber, queryCode };
}

async function status(caseId: number) {
  return (await findCase(ctx.database.knex, caseId))!.status;
}

/** Submit one step's form from the case page, as the signed-in user. */
async function step(agent: Agent, caseId: number, event: string, fields: Record<string, unknown> = {}) {
  const page = await agent.get(`/staff/cases/${caseId}`).expect(200);
  const version = /name="version" value="(\d+)"/.exec(page.text)?.[1];
  const res = await agent.post(`/staff/cases/${caseId}/events/${event}`).type('form').send({ _csrf: csrfOf(page.text), version, ...fields });
  expect(res.status).toBe(303);
  if (res.headers.location !== `/staff/cases/${caseId}`) {
    const again = await agent.get(`/staff/cases/${caseId}`);
    const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(again.text)?.[0] ?? '';
    throw new Error(`${event} was refused: ${summary.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')}`);
  }
  return res;
}

async function approvePending(supervisor: Agent, caseId: number) {
  const row = await ctx.database.knex('approval_requests').where({ case_id: caseId, status: 'pending' }).first('id');
  expect(row, 'an approval request is pending').toBeTruthy();
  const page = await supervisor.get(`/staff/cases/${caseId}`).expect(200);
  const res = await supervisor.post(`/staff/cases/${caseId}/approvals/${row.id}`).type('form').send({ _csrf: csrfOf(page.text), decision: 'approved', comment: '同意' });
  expect(res.headers.location).toBe(`/staff/cases/${caseId}`);
}

async function passDays(days: number) {
  for (let i = 0; i < days; i++) {
    ctx.clock.advanceDays(1);
    await ctx.services.clockExpiry.expireDueClocks();
  }
}

/** A repeated group's row as the browser posts it: terms[0][obligor]=… */
const row = (group: string, i: number, fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${group}[${i}][${k}]`, v]));

const checklist = Object.fromEntries(ACCEPTANCE_CHECKLIST_ITEMS.map((k) => [k, 'on']));

describe('interim-1991: from online submission to archive, with a late reply and a handling decision', () => {
  it('walks the whole procedure through the routes', async () => {
    const { directory } = ctx;
    const { caseId, caseNumber, queryCode } = await fileOnline(directory.agencies.nanjing);
    expect(caseNumber).toMatch(/^320100-2026-\d{5}$/);
    expect(await status(caseId)).toBe('submitted');

    // the complainant tracks it with number + code (lower case, no dash accepted)
    const tracker = request.agent(ctx.app);
    const trackPage = await tracker.get('/track').expect(200);
    const tracked = await tracker.post('/track').type('form').send({ _csrf: csrfOf(trackPage.text), case_number: caseNumber, query_code: queryCode.replace('-', '').toLowerCase() });
    expect(tracked.headers.location).toBe('/track/case');
    expect((await tracker.get('/track/case').expect(200)).text).toContain('审查中');

    const supervisor = await signIn(ctx.app, 'supervisor');
    const officer = await signIn(ctx.app, 'officer');
    await step(supervisor, caseId, 'assign', { assignee_id: directory.nanjing.officer.userId, recusal_confirmed: 'on' });
    expect(await status(caseId)).toBe('acceptance_review');

    await step(officer, caseId, 'accept', { checklist, jurisdiction_basis: 'respondent_location', complaint_category: 'contract_breach' });
    expect(await status(caseId)).toBe('accepted');
    await step(officer, caseId, 'send_notice', { note: '门户及邮寄' });
    const respondent = (await listParties(ctx.database.knex, caseId)).find((p) => p.partyRole === 'respondent')!;
    expect(respondent.organisationId).toBe(directory.organisations.agency);
    await step(officer, caseId, 'serve_notice', { party_id: respondent.id, service_method: 'postal', served_on: today(), tracking_number: 'EMS0001' });
    expect(await status(caseId)).toBe('awaiting_reply');

    // the 30-day reply period runs out: a system event moves the case on (T13)
    await passDays(33);
    expect(await status(caseId)).toBe('reply_overdue');
    const expiry = (await listEvents(ctx.database.knex, caseId)).find((e) => e.eventType === 'clock_expired' && e.payload.clock_key === 'respondent_reply');
    expect(expiry?.actorType).toBe('system');

    // the business replies late (T14): accepted and marked late
    const business = await signIn(ctx.app, 'business');
    const bpage = await business.get(`/business/cases/${caseId}`).expect(200);
    expect(bpage.text).toContain('书面答复');
    expect(bpage.text).not.toContain('13812345678'); // the complainant's phone is not shown to the respondent
    const reply = await business.post(`/business/cases/${caseId}/reply`).type('form').send({
      _csrf: csrfOf(bpage.text),
      action: 'submit',
      reply_subject: '关于游客投诉行程变更',
      reply_verification_process: '调阅合同与行程单，询问导游。',
      reply_facts_evidence: '景区临时关闭，已告知游客。',
      reply_responsibility_opinion: '愿退还未履行项目费用。',
      reply_position: 'admit_part',
    });
    expect(reply.headers.location).toBe(`/business/cases/${caseId}`);
    expect(await status(caseId)).toBe('reply_received');
    const c = await findCase(ctx.database.knex, caseId);
    expect(c!.flags).toContain('late_reply');

    await step(officer, caseId, 'start_investigation', { plan: '询问同团游客' });
    await step(officer, caseId, 'add_evidence', { description: '旅游合同及行程单', evidence_kind: 'documentary', source_party: 'complainant', verification_status: 'verified' });
    await step(officer, caseId, 'start_deciding', {
      facts_checklist: { time_place_persons: '行程第二天，黄山，导游与游客', cause_course_result: '擅自取消景点', causation_and_damage: '损失600元', disputed_views: '是否已告知' },
    });
    expect(await status(caseId)).toBe('deciding');

    const evidence = await listEvidence(ctx.database.knex, caseId);
    await step(officer, caseId, 'issue_decision', {
      decision_kind: 'respondent_fault',
      case_cause: '旅游合同纠纷',
      facts_found: '被投诉者未经同意取消约定景点。',
      evidence_ids: evidence.map((e) => e.id),
      legal_basis: '《旅游法》第七十条',
      conclusion: '被投诉者赔偿600元。',
      appeal_rights_text: '可于六十日内申请行政复议或六个月内提起行政诉讼。',
      compensation_amount: '600.00',
      ...row('orders', 0, { obligor: '被投诉者', kind: 'pay', amount: '600.00', manner: '银行转账', performance_days: '15' }),
      penalty_handled_separately: 'on',
    });
    expect(await status(caseId)).toBe('deciding'); // the officer's step waits for a supervisor
    await approvePending(supervisor, caseId);
    expect(await status(caseId)).toBe('decision_issued');

    for (const p of (await listParties(ctx.database.knex, caseId)).filter((x) => x.partyRole !== 'agent')) {
      await step(officer, caseId, 'serve_decision', { party_id: p.id, service_method: 'in_person', served_on: today() });
    }
    const [obligation] = await listObligations(ctx.database.knex, caseId);
    await step(officer, caseId, 'record_performance', { obligation_id: obligation!.id, proof: '转账回单' });
    await step(officer, caseId, 'close', { closure_summary: '已履行完毕。' });
    await approvePending(supervisor, caseId);
    expect(await status(caseId)).toBe('closed');
    expect((await findCase(ctx.database.knex, caseId))!.closureReason).toBe('decided');
    await step(officer, caseId, 'record_callback', { callback_result: 'satisfied', resolved: 'on' });

    // archiving waits until the appeal windows (60 days, 6 months) have closed
    const early = await supervisor.get(`/staff/cases/${caseId}`);
    const refused = await supervisor.post(`/staff/cases/${caseId}/events/archive`).type('form').send({ _csrf: csrfOf(early.text), note: '归档' });
    expect(refused.headers.location).toBe(`/staff/cases/${caseId}#event-archive`);
    expect(await status(caseId)).toBe('closed');
    await passDays(190);
    await step(supervisor, caseId, 'archive', { note: '归档' });
    expect(await status(caseId)).toBe('archived');

    expect(await ctx.services.audit.verifyCase(caseId)).toBeNull();
  });
});

describe('measures-2010: from online submission to archive through mediation', () => {
  it('walks the whole procedure through the routes', async () => {
    const { directory } = ctx;
    const { caseId } = await fileOnline(directory.agencies.suzhou);
    expect((await findCase(ctx.database.knex, caseId))!.profileKey).toBe('measures-2010');
    const supervisor = await signIn(ctx.app, 'supervisor_sz');
    const officer = await signIn(ctx.app, 'officer_sz');
    await step(supervisor, caseId, 'assign', { assignee_id: directory.suzhou.officer.userId, recusal_confirmed: 'on' });
    await step(officer, caseId, 'accept', { checklist, jurisdiction_basis: 'contract_place', complaint_category: 'contract_breach' });
    await step(officer, caseId, 'send_notice');
    const parties = await listParties(ctx.database.knex, caseId);
    const respondent = parties.find((p) => p.partyRole === 'respondent')!;
    await step(officer, caseId, 'serve_notice', { party_id: respondent.id, service_method: 'electronic', served_on: today() });
    await passDays(3);

    const business = await signIn(ctx.app, 'business');
    const bpage = await business.get(`/business/cases/${caseId}`).expect(200);
    await business.post(`/business/cases/${caseId}/reply`).type('form').send({
      _csrf: csrfOf(bpage.text),
      action: 'submit',
      reply_subject: '关于投诉',
      reply_facts_evidence: '事实与证据。',
      reply_responsibility_opinion: '同意调解。',
    });
    expect(await status(caseId)).toBe('reply_received');
    expect((await findCase(ctx.database.knex, caseId))!.flags).not.toContain('late_reply');

    await step(officer, caseId, 'start_mediation', { consenting_party_ids: parties.map((p) => p.id), consent_date: today(), consent_method: '书面同意' });
    await step(officer, caseId, 'record_mediation_session', { session_date: today(), attendees: '双方及承办人', claims: '退款', points_in_dispute: '金额' });
    await step(officer, caseId, 'sign_mediation_agreement', {
      complaint_requests: '退款600元',
      facts_found: '未经同意取消景点。',
      handling_process: '受理、答复、调解一次。',
      mediation_result: '退款600元。',
      ...row('terms', 0, { obligor: '被投诉者', kind: 'refund', amount: '600.00', manner: '银行转账', performance_days: '10' }),
      complainant_signed: 'on',
      respondent_signed: 'on',
    });
    await approvePending(supervisor, caseId);
    expect(await status(caseId)).toBe('mediation_agreed');
    const [obligation] = await listObligations(ctx.database.knex, caseId);
    await step(officer, caseId, 'record_performance', { obligation_id: obligation!.id, proof: '转账回单' });
    await step(officer, caseId, 'close', { closure_summary: '调解协议已履行。' });
    await approvePending(supervisor, caseId);
    expect((await findCase(ctx.database.knex, caseId))!.closureReason).toBe('mediated');
    await step(officer, caseId, 'record_callback', { callback_result: 'basically_satisfied' });
    await step(supervisor, caseId, 'archive', { note: '归档' });
    expect(await status(caseId)).toBe('archived');
    expect(await ctx.services.audit.verifyCase(caseId)).toBeNull();
  });
});

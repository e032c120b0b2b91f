/**
 * Scope (a case outside a user's agency or organisation is a 404), sign-in by the book, CSRF on every
 * form, and bad input answered with a re-rendered form that keeps what the user typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestContext, csrfOf, signIn, type TestContext } from '../support/testApp.ts';
import { createCase } from '../factories/createCase.ts';
import { insertUser } from '../../server/repositories/userRepository.ts';
import { insertOrganisation } from '../../server/repositories/organisationRepository.ts';
import { hashSecret } from '../../server/services/secrets.ts';
import { DEMO_PASSWORD } from '../../seeds/demo/index.ts';

let ctx: TestContext;
let nanjingCase: number;
let suzhouCase: number;
beforeAll(async () => {
  ctx = await createTestContext();
  nanjingCase = (await createCase(ctx, { status: 'awaiting_reply', profile: 'interim-1991' })).caseId;
  suzhouCase = (await createCase(ctx, { status: 'awaiting_reply', profile: 'measures-2010' })).caseId;
  // a second business and a second citizen with nothing to do with these cases
  const other = await insertOrganisation(ctx.database.knex, { name: '别家旅行社有限公司', respondent_type: 'travel_agency', verified: true });
  await insertUser(ctx.database.knex, { username: 'other_business', display_name: '别家', role: 'business_admin', organisation_id: other, password_hash: await hashSecret(DEMO_PASSWORD) });
  await insertUser(ctx.database.knex, { username: 'other_citizen', display_name: '路人', role: 'citizen', password_hash: await hashSecret(DEMO_PASSWORD) });
});
afterAll(async () => ctx.close());

describe('who can see a case', () => {
  it.each([
    ['officer', 'nanjing', 200],
    ['officer', 'suzhou', 404],
    ['officer_sz', 'nanjing', 404],
    ['supervisor', 'suzhou', 404],
    ['province', 'nanjing', 200], // a higher agency reads its subordinates' cases
    ['province', 'suzhou', 200],
  ] as const)('staff %s → %s case: %i', async (username, which, code) => {
    const agent = await signIn(ctx.app, username);
    await agent.get(`/staff/cases/${which === 'nanjing' ? nanjingCase : suzhouCase}`).expect(code);
  });

  it('a higher agency reads a subordinate case but only supervises it', async () => {
    const province = await signIn(ctx.app, 'province');
    const page = await province.get(`/staff/cases/${nanjingCase}`).expect(200);
    const evidence = await province.post(`/staff/cases/${nanjingCase}/events/add_evidence`).type('form').send({ _csrf: csrfOf(page.text), description: '越权' });
    expect(evidence.status).toBe(404);
    expect(page.text).toContain('/events/issue_supervision_order');
    const order = await province.post(`/staff/cases/${nanjingCase}/events/issue_supervision_order`).type('form').send({ _csrf: csrfOf(page.text), instructions: '请于五个工作日内报告办理情况' });
    expect(order.headers.location).toBe(`/staff/cases/${nanjingCase}`);
    const officer = await signIn(ctx.app, 'officer');
    expect((await officer.get(`/staff/cases/${nanjingCase}`)).text).toContain('督办');
  });

  it('the business sees cases against its own organisation, another business gets 404', async () => {
    const own = await signIn(ctx.app, 'business');
    await own.get(`/business/cases/${nanjingCase}`).expect(200);
    const other = await signIn(ctx.app, 'other_business');
    await other.get(`/business/cases/${nanjingCase}`).expect(404);
    const page = await other.get('/business').expect(200);
    expect(page.text).not.toContain(`/business/cases/${nanjingCase}`);
  });

  it('a citizen sees own complaints only', async () => {
    const own = await signIn(ctx.app, 'citizen');
    await own.get(`/my/cases/${nanjingCase}`).expect(200);
    const other = await signIn(ctx.app, 'other_citizen');
    await other.get(`/my/cases/${nanjingCase}`).expect(404);
  });

  it('administrators see no case content; roles cannot use other portals', async () => {
    const admin = await signIn(ctx.app, 'admin');
    await admin.get(`/staff/cases/${nanjingCase}`).expect(404);
    const business = await signIn(ctx.app, 'business');
    await business.get(`/staff/cases/${nanjingCase}`).expect(404);
    await business.get('/staff').expect(404);
    const citizen = await signIn(ctx.app, 'citizen');
    await citizen.get(`/business/cases/${nanjingCase}`).expect(404);
  });

  it('a case that does not exist and a malformed id are both 404, never 500', async () => {
    const officer = await signIn(ctx.app, 'officer');
    await officer.get('/staff/cases/999999').expect(404);
    await officer.get('/staff/cases/abc').expect(404);
    await officer.get("/staff/cases/1'%20or%201=1").expect(404);
  });
});

describe('sign-in and sessions', () => {
  it('one message for an unknown user and a wrong password', async () => {
    const agent = request.agent(ctx.app);
    for (const username of ['nobody', 'officer']) {
      const page = await agent.get('/login');
      const res = await agent.post('/login').type('form').send({ _csrf: csrfOf(page.text), username, password: 'wrong-password' });
      expect(res.headers.location).toBe('/login');
      const again = await agent.get('/login');
      expect(again.text).toContain('用户名或密码不正确');
    }
  });

  it('the session id changes at sign-in, and sign-out is a POST that ends the session', async () => {
    const agent = request.agent(ctx.app);
    const page = await agent.get('/login');
    const before = /portal\.sid=([^;]+)/.exec(String(page.headers['set-cookie']))?.[1];
    const res = await agent.post('/login').type('form').send({ _csrf: csrfOf(page.text), username: 'officer', password: DEMO_PASSWORD });
    const after = /portal\.sid=([^;]+)/.exec(String(res.headers['set-cookie']))?.[1];
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    await agent.get('/logout').expect(404);
    const staff = await agent.get('/staff').expect(200);
    await agent.post('/logout').type('form').send({ _csrf: csrfOf(staff.text) }).expect(303);
    expect((await agent.get('/staff')).headers.location).toBe('/login');
  });

  it('the account locks after repeated failures', async () => {
    await insertUser(ctx.database.knex, { username: 'lockme', display_name: '锁定测试', role: 'citizen', password_hash: await hashSecret(DEMO_PASSWORD) });
    const agent = request.agent(ctx.app);
    for (let i = 0; i < 5; i++) {
      const page = await agent.get('/login');
      await agent.post('/login').type('form').send({ _csrf: csrfOf(page.text), username: 'lockme', password: 'nope' });
    }
    const page = await agent.get('/login');
    const res = await agent.post('/login').type('form').send({ _csrf: csrfOf(page.text), username: 'lockme', password: DEMO_PASSWORD });
    expect(res.headers.location).toBe('/login');
    expect((await agent.get('/login')).text).toContain('锁定');
  });

  it('every state-changing form needs the CSRF token', async () => {
    const officer = await signIn(ctx.app, 'officer');
    const res = await officer.post(`/staff/cases/${nanjingCase}/events/add_evidence`).type('form').send({ description: '无令牌' });
    expect(res.status).toBe(403);
    expect(res.text).toContain('表单已过期');
    await request(ctx.app).post('/complaints').type('form').send({ complainant_name: 'x' }).expect(403);
    await request(ctx.app).post('/track').type('form').send({ case_number: 'x', query_code: 'y' }).expect(403);
  });

  it('security headers: a CSP without unsafe-inline, no framing, no sniffing', async () => {
    const res = await request(ctx.app).get('/').expect(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('bad input', () => {
  it('an invalid complaint re-renders the form with messages per field and every typed value kept', async () => {
    const agent = request.agent(ctx.app);
    const page = await agent.get('/complaints/new');
    const res = await agent.post('/complaints').type('form').send({
      _csrf: csrfOf(page.text),
      agency_id: String(ctx.directory.agencies.nanjing),
      complainant_name: '王<script>alert(1)</script>',
      complainant_phone: '12345',
      respondent_uscc: '91350100M000100Y44',
      facts: '太短',
      incident_date: '2999-01-01',
      destination: '黄山',
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/complaints/new');
    const again = await agent.get('/complaints/new').expect(200);
    expect(again.text).toContain('请更正以下问题');
    expect(again.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;'); // kept, and inert
    expect(again.text).not.toContain('<script>alert(1)</script>');
    expect(again.text).toContain('value="12345"');
    expect(again.text).toContain('value="黄山"');
    expect(again.text).toMatch(/统一社会信用代码[^<]*[：:][^<]*(校验|check)/);
  });

  it('a step refused by a guard explains why and keeps the values; never a 500', async () => {
    const officer = await signIn(ctx.app, 'officer');
    const page = await officer.get(`/staff/cases/${nanjingCase}`);
    const res = await officer
      .post(`/staff/cases/${nanjingCase}/events/start_investigation`)
      .type('form')
      .send({ _csrf: csrfOf(page.text), plan: '我的调查计划（保留）' });
    expect(res.headers.location).toBe(`/staff/cases/${nanjingCase}#event-start_investigation`);
    const again = await officer.get(`/staff/cases/${nanjingCase}`).expect(200);
    expect(again.text).toContain('我的调查计划（保留）');
    expect(again.text).toContain('error-summary');
  });

  it('an event that is not allowed now or does not exist is refused cleanly', async () => {
    const officer = await signIn(ctx.app, 'officer');
    const page = await officer.get(`/staff/cases/${nanjingCase}`);
    const a = await officer.post(`/staff/cases/${nanjingCase}/events/archive`).type('form').send({ _csrf: csrfOf(page.text) });
    expect(a.status).toBe(303);
    const b = await officer.post(`/staff/cases/${nanjingCase}/events/no_such_event`).type('form').send({ _csrf: csrfOf(page.text) });
    expect(b.status).toBe(303);
    expect(b.headers.location).toContain('#event-no_such_event');
  });
});

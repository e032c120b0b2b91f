/**
 * Issuing formal documents on real cases (documents.md §5): preview and issue through the staff pages, the
 * number series under concurrency, immutability, downloads and who may make them, electronic service on
 * opening, corrections, and the public verification page.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestContext, csrfOf, signIn, type TestContext } from '../support/testApp.ts';
import { createCase } from '../factories/createCase.ts';
import { candidates, targetKey } from '../../documents/availability.ts';
import { loadDocumentSource } from '../../server/services/documentSource.ts';
import { listEvents } from '../../server/repositories/eventRepository.ts';
import { formatDocNumber, normaliseVerificationCode } from '../../server/services/documentService.ts';
import { STEPS } from '../../seeds/demo/scenarios.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext('2026-03-02T09:00:00+08:00');
});
afterAll(async () => ctx.close());

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function issueViaPages(agent: ReturnType<typeof request.agent>, caseId: number, key: string) {
  const preview = await agent.get(`/staff/cases/${caseId}/documents/preview?key=${encodeURIComponent(key)}`);
  expect(preview.status, preview.text.slice(0, 500)).toBe(200);
  const pdf = await agent.get(`/staff/cases/${caseId}/documents/preview.pdf?key=${encodeURIComponent(key)}`).buffer(true).parse(binary);
  expect(pdf.status).toBe(200);
  expect(pdf.headers['content-type']).toBe('application/pdf');
  const hash = /name="hash" value="([0-9a-f]{64})"/.exec(preview.text)![1]!;
  return agent.post(`/staff/cases/${caseId}/documents/issue`).type('form').send({ _csrf: csrfOf(preview.text), key, hash });
}

describe('issuing documents', () => {
  it('formats numbers and normalises verification codes', () => {
    expect(formatDocNumber('平旅投受字', 2026, 15)).toBe('平旅投受字〔2026〕15号');
    expect(normaliseVerificationCode('7k3m-q9tx 2hda')).toBe('7K3MQ9TX2HDA');
    expect(normaliseVerificationCode('OIL0')).toBe('0110');
  });

  it('an officer previews and issues the documents of an accepted case; the issued bytes verify', async () => {
    const { caseId, caseNumber } = await createCase(ctx, { status: 'mediation_agreed', profile: 'interim-1991' });
    const officer = await signIn(ctx.app, 'officer');
    const page = await officer.get(`/staff/cases/${caseId}/documents`).expect(200);
    expect(page.text).toContain('旅游投诉受理通知书');
    const source = await loadDocumentSource(ctx.database.knex, caseId, ctx.services.config);
    const keys = candidates(source).map((c) => c.key);
    for (const type of ['acceptance_notice', 'registration_form', 'reply_notice', 'mediation_notice', 'mediation_agreement']) {
      const key = keys.find((k) => k.startsWith(`${type}.`));
      expect(key, type).toBeDefined();
      const res = await issueViaPages(officer, caseId, key!);
      expect(res.status, type).toBe(303);
      expect(res.headers.location).toBe(`/staff/cases/${caseId}/documents`);
    }
    const docs = await ctx.database.knex('issued_documents').where({ case_id: caseId }).orderBy('id');
    expect(docs.map((d) => d.document_type)).toEqual(['acceptance_notice', 'registration_form', 'reply_notice', 'mediation_notice', 'mediation_agreement']);
    expect(docs[0].document_number).toMatch(/^.+旅投受字〔2026〕1号$/);
    expect(docs[0].verification_code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    // the issuing event is in the hash-chained history
    const events = (await listEvents(ctx.database.knex, caseId)).filter((e) => e.eventType === 'document_issued');
    expect(events.map((e) => e.payload.document_id)).toEqual(docs.map((d) => d.id));
    expect(events[0]!.payload.pdf_sha256).toBe(docs[0].pdf_sha256);

    // download: the stored bytes hash to the recorded value; ASCII file name
    const pdf = await officer.get(`/documents/${docs[0].id}/pdf`).buffer(true).parse(binary).expect(200);
    expect(sha(pdf.body)).toBe(docs[0].pdf_sha256);
    expect(pdf.headers['content-disposition']).toContain(`filename="${caseNumber}-acceptance-notice-2026-1.pdf"`);
    expect(pdf.headers['cache-control']).toContain('no-store');

    // verification page: genuine record without personal data; internal forms and unknown codes are 404
    const anon = request.agent(ctx.app);
    const v = await anon.get(`/verify/${docs[0].verification_code}`).expect(200);
    expect(v.text).toContain(docs[0].document_number);
    expect(v.text).toContain(docs[0].pdf_sha256);
    expect(v.text).toContain('有效');
    expect(v.headers['x-robots-tag']).toBe('noindex');
    // (hex hashes and codes may contain any digits: look at the page without them)
    const visible = v.text.replace(/[0-9a-f]{64}/g, '').replace(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}|[0-9A-Z]{12}/g, '');
    for (const secret of ['张明', caseNumber, '600元', '人民币', '13812345678']) expect(visible).not.toContain(secret);
    const dashed = String(docs[0].verification_code).match(/.{4}/g)!.join('-').toLowerCase();
    await anon.get(`/verify/${dashed}`).expect(200);
    await anon.get(`/verify/${docs[1].verification_code}`).expect(404);
    await anon.get('/verify/ZZZZZZZZZZZZ').expect(404);
    // a tampered copy does not match either recorded hash
    const tampered = Buffer.from(pdf.body);
    tampered[tampered.length - 10] = tampered[tampered.length - 10]! ^ 1;
    expect([docs[0].pdf_sha256, docs[0].docx_sha256]).not.toContain(sha(tampered));

    // immutable rows and files
    const err = await ctx.database.knex('issued_documents').where({ id: docs[0].id }).update({ document_number: 'x' }).catch((e: Error) => e);
    expect(String(err), String(err)).toMatch(/immutable/);
    await expect(ctx.database.knex('issued_documents').where({ id: docs[0].id }).delete()).rejects.toThrow(/immutable/);
    await expect(ctx.database.knex('files').where({ id: docs[0].pdf_file_id }).update({ sha256: 'x' })).rejects.toThrow(/immutable/);

    // a correction supersedes: new number, the old one shows 已被替代 with the successor
    const again = await issueViaPages(officer, caseId, keys.find((k) => k.startsWith('acceptance_notice.')) as string);
    expect(again.status).toBe(303);
    const successor = await ctx.database.knex('issued_documents').where({ case_id: caseId, supersedes_id: docs[0].id }).first();
    expect(successor.document_number).toMatch(/旅投受字〔2026〕2号$/);
    const old = await anon.get(`/verify/${docs[0].verification_code}`).expect(200);
    expect(old.text).toContain('已被替代');
    expect(old.text).toContain(successor.document_number);

    // access: another agency's staff and anonymous visitors get 404; the respondent gets its own notice only
    const other = await signIn(ctx.app, 'officer_sz');
    await other.get(`/documents/${docs[0].id}/pdf`).expect(404);
    await other.get(`/staff/cases/${caseId}/documents`).expect(404);
    await anon.get(`/documents/${docs[0].id}/pdf`).expect(404);
    const business = await signIn(ctx.app, 'business');
    await business.get(`/documents/${docs[0].id}/pdf`).expect(404); // the complainant's acceptance notice
    await business.get(`/documents/${docs[1].id}/pdf`).expect(404); // internal registration form
    await business.get(`/documents/${docs[2].id}/docx`).expect(404); // parties get the PDF (the authoritative rendition)
    const notice = await business.get(`/documents/${docs[2].id}/pdf`).buffer(true).parse(binary).expect(200);
    expect(sha(notice.body)).toBe(docs[2].pdf_sha256);
  });

  it('a changed case after the preview refuses the issue; missing particulars are listed', async () => {
    const { caseId } = await createCase(ctx, { status: 'accepted', profile: 'measures-2010' });
    const officer = await signIn(ctx.app, 'officer_sz');
    const source = await loadDocumentSource(ctx.database.knex, caseId, ctx.services.config);
    const key = candidates(source).find((c) => c.module.info.type === 'acceptance_notice')!.key;
    const preview = await officer.get(`/staff/cases/${caseId}/documents/preview?key=${encodeURIComponent(key)}`).expect(200);
    const res = await officer.post(`/staff/cases/${caseId}/documents/issue`).type('form').send({ _csrf: csrfOf(preview.text), key, hash: '0'.repeat(64) });
    expect(res.status).toBe(303);
    const back = await officer.get(String(res.headers.location)).expect(200);
    expect(back.text).toContain('预览后案件数据已发生变化');
    expect(Number((await ctx.database.knex('issued_documents').where({ case_id: caseId }).count('* as n').first())!.n)).toBe(0);
  });

  it('twenty concurrent issues of one type get the numbers 1…20 with no gap or repeat', async () => {
    const made = [];
    for (let i = 0; i < 20; i++) made.push(await createCase(ctx, { status: 'accepted', profile: 'measures-2010' }));
    const officer = { ...made[0]!.actors.officer };
    const results = await Promise.all(
      made.map(async ({ caseId }) => {
        const source = await loadDocumentSource(ctx.database.knex, caseId, ctx.services.config);
        const c = candidates(source).find((x) => x.module.info.type === 'registration_form')!;
        const { hash } = await ctx.services.documents.preview(caseId, targetKey(c.target), officer);
        return ctx.services.documents.issue(caseId, targetKey(c.target), officer, hash);
      }),
    );
    const seqs = results.map((r) => Number(/〔2026〕(\d+)号/.exec(r.number)![1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('every document of the demo paths can be issued from the demo case data', async () => {
    // a fresh clock: the walks to enforcement take half a year and must stay inside the published holiday calendar
    await ctx.close();
    ctx = await createTestContext('2026-03-02T09:00:00+08:00');
    const issuedTypes = new Map<string, Set<string>>();
    for (const [profile, status] of [['interim-1991', 'enforcement'], ['interim-1991', 'not_accepted'], ['interim-1991', 'transferred_out'], ['interim-1991', 'closed'], ['interim-1991', 'investigating'], ['interim-1991', 'awaiting_supplement'], ['measures-2010', 'enforcement'], ['measures-2010', 'closed'], ['measures-2010', 'transferred_out']] as const) {
      const made = await createCase(ctx, { status: status === 'investigating' ? 'mediating' : status, profile });
      const caseId = made.caseId;
      // interim-1991: mediation that ends without agreement goes back to investigation (T19) with its notice
      if (status === 'investigating') await STEPS.terminate!({ services: ctx.services, clock: ctx.clock, actors: made.actors, caseId, profile });
      const actor = profile === 'interim-1991' ? ctx.directory.nanjing.officer : ctx.directory.suzhou.officer;
      // issue in rounds: a document citing another (the decision cites the 答复通知书) waits for it
      for (let round = 0; round < 4; round++) {
        const source = await loadDocumentSource(ctx.database.knex, caseId, ctx.services.config);
        const pending = candidates(source).filter((c) => !c.current);
        if (pending.length === 0) break;
        for (const c of pending) {
          const draft = await ctx.services.documents.preview(caseId, c.key, actor);
          if (draft.missing.length > 0) continue;
          await ctx.services.documents.issue(caseId, c.key, actor, draft.hash);
          if (!issuedTypes.has(profile)) issuedTypes.set(profile, new Set());
          issuedTypes.get(profile)!.add(c.module.info.type);
        }
      }
      const left = candidates(await loadDocumentSource(ctx.database.knex, caseId, ctx.services.config)).filter((c) => !c.current);
      const reasons = await Promise.all(left.map(async (c) => `${c.key}: ${(await ctx.services.documents.preview(caseId, c.key, actor)).missing.join(',')}`));
      expect(reasons, `${profile} ${status}`).toEqual([]);
    }
    expect([...issuedTypes.get('interim-1991')!].sort()).toEqual(
      ['acceptance_notice', 'handling_decision', 'mediation_agreement', 'mediation_notice', 'mediation_termination_notice', 'non_acceptance_notice', 'registration_form', 'reply_notice', 'service_receipt', 'supplement_notice', 'transfer_letter', 'transfer_notice', 'closure_report'].sort(),
    );
    expect([...issuedTypes.get('measures-2010')!].sort()).toEqual(
      ['acceptance_notice', 'deposit_compensation_decision', 'mediation_document', 'mediation_notice', 'mediation_termination_document', 'registration_form', 'reply_notice', 'service_receipt', 'supplement_notice', 'transfer_letter', 'transfer_notice', 'closure_report'].sort(),
    );
  });
});

function binary(res: request.Response, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
}

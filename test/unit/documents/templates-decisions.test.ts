/**
 * Templates of the decisions and agreements (文件格式): 调解协议书 (§7.9), 投诉处理决定书 (§7.11), 行政处罚决定书 (§7.13),
 * 质量保证金划拨决定书 (§7.14), 旅游投诉调解书 (§7.17) and 旅游投诉终止调解书 (§7.18), built from the shared fixture.
 */
import { describe, expect, it } from 'vitest';
import { CASE_EVENT_PAYLOADS, PENALTY_EVENT_PAYLOADS } from '../../../server/domain/case/eventPayloads.ts';
import type { Block } from '../../../documents/layout/blocks.ts';
import type { DocumentSource, IssuedDocumentRef, IssueTarget } from '../../../documents/model.ts';
import type { DocumentType } from '../../../documents/index.ts';
import { depositCompensationDecision, parseBreakdown } from '../../../documents/templates/depositCompensationDecision.ts';
import { handlingDecision } from '../../../documents/templates/handlingDecision.ts';
import { mediationAgreement } from '../../../documents/templates/mediationAgreement.ts';
import { mediationDocument } from '../../../documents/templates/mediationDocument.ts';
import { mediationTerminationDocument } from '../../../documents/templates/mediationTerminationDocument.ts';
import { penaltyDecision } from '../../../documents/templates/penaltyDecision.ts';
import { FIXTURE, fixtureEvent, fixtureSource, fixtureStamp, type FixtureVariant } from '../../support/documentFixtures.ts';

// ---------------------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------------------

/** Every text of a block list, one line per paragraph, cell or item. */
function blockText(blocks: readonly Block[]): string {
  return blocks
    .flatMap((b): string[] => {
      switch (b.kind) {
        case 'title': return b.lines;
        case 'addressee': case 'para': case 'note': return [b.text];
        case 'heading': return [b.text + (b.runIn ?? '')];
        case 'meta': return [b.left, b.right];
        case 'attachmentList': return b.items.map((i) => `附件：${i}`);
        case 'cc': return [`抄送：${b.organs.join('，')}。`];
        case 'table': return b.rows.flatMap((r) => r.map((c) => c.text));
        case 'attachmentPage': return [b.label, b.title, blockText(b.blocks)];
        default: return [];
      }
    })
    .join('\n');
}

/** The body paragraphs (`para` blocks) in order. */
function paraTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'para' ? [b.text] : []));
}

/** Append a validated event to the source's timeline (case event, or penalty event with penaltyId). */
function pushEvent(source: DocumentSource, type: string, when: string, raw: Record<string, unknown>, penaltyId: number | null = null): void {
  const schemas = (penaltyId === null ? CASE_EVENT_PAYLOADS : PENALTY_EVENT_PAYLOADS) as Record<string, { parse(v: unknown): unknown }>;
  const schema = schemas[type];
  if (!schema) throw new Error(`no schema for ${type}`);
  const seq = Math.max(0, ...source.events.map((e) => e.seq)) + 1;
  source.events.push({
    id: 5000 + seq, caseId: FIXTURE.caseId, seq, eventType: type, penaltyId, actorType: 'user', actorUserId: FIXTURE.officerId, actorRole: 'officer',
    actorName: FIXTURE.handler.name, fromStatus: null, toStatus: null, payload: schema.parse(raw) as Record<string, unknown>,
    occurredAt: new Date(`${when}:00+08:00`), prevHash: '0'.repeat(64), hash: 'f'.repeat(64),
  });
}

/** Replace a payload value of the latest event of a type (re-validated with its schema). */
function setPayload(source: DocumentSource, type: string, values: Record<string, unknown>): void {
  const ev = fixtureEvent(source, type);
  const schemas = (ev.penaltyId === null ? CASE_EVENT_PAYLOADS : PENALTY_EVENT_PAYLOADS) as Record<string, { parse(v: unknown): unknown }>;
  const merged: Record<string, unknown> = { ...ev.payload, ...values };
  for (const [k, v] of Object.entries(values)) if (v === undefined) delete merged[k];
  ev.payload = schemas[type]!.parse(merged) as Record<string, unknown>;
}

function issuedDoc(type: string, number: string, title: string, over: Partial<IssuedDocumentRef> = {}): IssuedDocumentRef {
  return {
    id: 900, type, number, issuedAt: new Date('2026-03-31T03:00:00Z'), recipientPartyId: null, penaltyId: null, sourceEventId: null,
    supersededById: null, title, pageCount: 3, ...over,
  };
}

const stamp = fixtureStamp({ number: '平旅投决字〔2026〕9号' });
const target = (type: DocumentType, over: Partial<IssueTarget> = {}): IssueTarget => ({ type, ...over });

/** Complainant data that documents served on both parties never print (§6.2). */
const PRIVATE = [FIXTURE.complainant.idNumber, FIXTURE.complainant.phone, FIXTURE.complainant.address, FIXTURE.complainant.email, FIXTURE.complainant.postcode];

function expectNoPrivateData(text: string): void {
  for (const v of PRIVATE) expect(text).not.toContain(v);
}

const MASKED_ID = '430102********1234';
const REMEDY_DECISION =
  '当事人如不服本决定，可以自收到本决定书之日起六十日内向某某市人民政府申请行政复议，也可以自收到本决定书之日起六个月内直接向某某市某某区人民法院提起行政诉讼。逾期不申请行政复议、不提起行政诉讼，又不履行本决定的，本局将依法申请人民法院强制执行。';

// ---------------------------------------------------------------------------------------------------------
// 7.9 调解协议书
// ---------------------------------------------------------------------------------------------------------

describe('mediation_agreement (§7.9)', () => {
  const build = (variant: FixtureVariant = {}, edit?: (s: DocumentSource) => void) => {
    const source = fixtureSource('interim-1991', variant);
    edit?.(source);
    const ctx = mediationAgreement.buildContext(source, target('mediation_agreement'), stamp);
    return { ctx, blocks: mediationAgreement.buildBlocks(ctx), text: blockText(mediationAgreement.buildBlocks(ctx)) };
  };

  it('exists only in interim-1991, sealed, file family', () => {
    expect(mediationAgreement.info.titles).toEqual({ 'interim-1991': '旅游投诉调解协议书', 'measures-2010': null });
    expect(mediationAgreement.info).toMatchObject({ family: 'file', prefix: '旅投协字', sealed: true, sealMandatory: true, issuedOn: ['sign_mediation_agreement'] });
  });

  it('prints the five required contents and the paper signing lines', () => {
    const { ctx, blocks, text } = build();
    expect(ctx.missing).toEqual([]);
    expect(blocks.slice(0, 2)).toEqual([{ kind: 'head', family: 'file' }, { kind: 'title', lines: ['旅游投诉调解协议书'] }]);
    const p = paraTexts(blocks);
    expect(p[0]).toBe(`投诉者：王玥珺，女，34岁，教师，工作单位：长沙市某某中学，身份证件号码：${MASKED_ID}。`);
    expect(p[1]).toBe(
      '被投诉者：某某国际旅行社有限公司，统一社会信用代码：91320100MA1XY0QK4R，住所：湖南省长沙市天心区某某路88号，法定代表人（负责人）：李四，旅行社业务经营许可证编号：L-HUN-CJ00123。',
    );
    expect(p[2]).toBe('主持调解机关：某某市文化和旅游局，地址：某某市某某区政务路2号。调解员：李明、张华。');
    expect(p[3]).toBe('纠纷性质：旅游合同纠纷。纠纷名称：海南双飞五日游行程变更纠纷。');
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toEqual(['一、纠纷的主要事实', '二、调解理由', '三、协议内容及费用负担', '四、协议的效力']);
    for (const v of ['双方争议的焦点是：行程变更是否属于不可抗力，被投诉者应否退还相应费用。', '投诉者的请求、理由和证据：退还团费人民币3600元并赔礼道歉。',
      '被投诉者的意见、理由和证据：行程变更系景区限流所致，同意协商解决。', '本局在调查核实、查明事实、分清责任的基础上认为：经调解', '经本局主持调解，双方当事人在自愿、合法的基础上达成如下协议：']) {
      expect(text).toContain(v);
    }
    // terms: due date = signing date 2026-03-20 + performance days (15 days → 4-4 is a Qingming holiday → 4-7)
    expect(p).toContain('（一）某某国际旅行社有限公司于2026年3月30日前以银行转账方式向王玥珺退还旅游费用人民币3600元（大写：叁仟陆佰元整）。');
    expect(p).toContain('（二）某某国际旅行社有限公司于2026年4月7日前以银行转账方式向王玥珺支付人民币3600.50元（大写：叁仟陆佰元伍角）。');
    expect(p).toContain('（三）本案调解不收取费用。');
    expect(p).toContain('本协议书经双方当事人签名或者盖章，并加盖某某市文化和旅游局印章后生效。本协议系在本局主持下达成，与本局作出的投诉处理决定具有同等效力，双方当事人应当自觉履行。');
    expect(p).toContain('被投诉者不履行本协议确定的赔偿义务的，本局可以依照《旅行社条例》第十五条的规定，以其旅游服务质量保证金赔付。');
    expect(p).toContain('本协议书一式三份，双方当事人各执一份，本局存档一份。');
    const blank = '＿'.repeat(8);
    const date = '　　　　年　　月　　日';
    expect(p.slice(-4)).toEqual([
      `投诉者（签名）：${blank}${date}`,
      `被投诉者（盖章）：${blank}`,
      `法定代表人或者委托代理人（签名）：${blank}${date}`,
      `调解员（签名）：${blank}`,
    ]);
    const tail = blocks.slice(-2);
    expect(tail).toEqual([{ kind: 'signature' }, { kind: 'note', text: '（联系人：李明，联系电话：0731-12345678）' }]);
    expectNoPrivateData(text);
  });

  it('prints the confirmation lines in portal signing mode, and needs both confirmations', () => {
    const { ctx, blocks } = build({ signingMode: 'portal' });
    expect(ctx.missing).toEqual([]);
    expect(paraTexts(blocks).slice(-3)).toEqual([
      '投诉者：王玥珺（已于2026年3月20日15时00分通过旅游投诉服务平台确认本协议）',
      '被投诉者：某某国际旅行社有限公司（已于2026年3月20日15时00分通过旅游投诉服务平台确认本协议）',
      '调解员：李明、张华',
    ]);
    expect(blockText(blocks)).not.toContain('＿');
    const unconfirmed = build({ signingMode: 'portal' }, (s) => setPayload(s, 'sign_mediation_agreement', { respondent_signed: false }));
    expect(unconfirmed.ctx.missing).toEqual(['confirmations']);
  });

  it('lists every complainant and the agent of a joint complaint, with copies = parties + 1', () => {
    const { ctx, blocks } = build({ joint: true, agent: true });
    expect(ctx.missing).toEqual([]);
    const p = paraTexts(blocks);
    expect(p[1]).toBe('委托代理人：王小明，配偶。');
    expect(p.filter((t) => t.startsWith('投诉者：'))).toHaveLength(5);
    expect(p).toContain('本协议书一式七份，双方当事人各执一份，本局存档一份。');
    expect(p.filter((t) => t.startsWith('投诉者（签名）'))).toHaveLength(5);
  });

  it('drops the deposit sentence when the respondent is not a travel agency; default cost terms', () => {
    const { ctx, text } = build({}, (s) => {
      const r = s.parties.find((p) => p.id === FIXTURE.respondentId);
      if (r) r.respondentType = 'accommodation';
      setPayload(s, 'sign_mediation_agreement', { cost_bearing: undefined });
    });
    expect(ctx.missing).toEqual([]);
    expect(text).not.toContain('旅游服务质量保证金');
    expect(text).toContain('（三）本案调解不收取费用。');
  });

  it('reports missing required values', () => {
    const { ctx } = build({}, (s) => setPayload(s, 'sign_mediation_agreement', { dispute_name: undefined, dispute_focus: undefined, mediator_names: undefined }));
    expect(ctx.missing).toEqual(['dispute_name', 'dispute_focus']);
    const noMediator = build({}, (s) => {
      setPayload(s, 'sign_mediation_agreement', { mediator_names: undefined });
      setPayload(s, 'start_mediation', { mediator_names: undefined });
    });
    expect(noMediator.ctx.missing).toEqual(['mediator_names']);
    const noAmount = build({}, (s) => {
      const terms = (fixtureEvent(s, 'sign_mediation_agreement').payload.terms as Array<Record<string, unknown>>).map((t) => ({ ...t, amount: undefined }));
      setPayload(s, 'sign_mediation_agreement', { terms });
    });
    expect(noAmount.ctx.missing).toEqual(['terms']);
  });

  it('adds the supersession sentence after the copies paragraph', () => {
    const source = fixtureSource('interim-1991');
    const old = issuedDoc('mediation_agreement', '平旅投协字〔2026〕1号', '旅游投诉调解协议书', { issuedAt: new Date('2026-03-20T07:00:00Z') });
    const ctx = mediationAgreement.buildContext(source, target('mediation_agreement', { supersedes: old }), stamp);
    const p = paraTexts(mediationAgreement.buildBlocks(ctx));
    const i = p.indexOf('本协议书一式三份，双方当事人各执一份，本局存档一份。');
    expect(p[i + 1]).toBe('本协议书替代本局于2026年3月20日制发的《旅游投诉调解协议书》（平旅投协字〔2026〕1号），原文书同时作废。');
  });
});

// ---------------------------------------------------------------------------------------------------------
// 7.17 旅游投诉调解书
// ---------------------------------------------------------------------------------------------------------

describe('mediation_document (§7.17)', () => {
  const build = (variant: FixtureVariant = {}, edit?: (s: DocumentSource) => void) => {
    const source = fixtureSource('measures-2010', variant);
    edit?.(source);
    const ctx = mediationDocument.buildContext(source, target('mediation_document'), stamp);
    const blocks = mediationDocument.buildBlocks(ctx);
    return { ctx, blocks, text: blockText(blocks) };
  };

  it('exists only in measures-2010', () => {
    expect(mediationDocument.info.titles).toEqual({ 'interim-1991': null, 'measures-2010': '旅游投诉调解书' });
    expect(mediationDocument.info.shortName['measures-2010']).toBe('调解书');
  });

  it('prints requests, facts, the handling process and the result', () => {
    const { ctx, blocks, text } = build();
    expect(ctx.missing).toEqual([]);
    const p = paraTexts(blocks);
    expect(p[0]).toBe(`投诉者：王玥珺，女，34岁，身份证件号码：${MASKED_ID}。`);
    expect(p[1]).toBe('被投诉者：某某国际旅行社有限公司，统一社会信用代码：91320100MA1XY0QK4R，住所：湖南省长沙市天心区某某路88号，法定代表人（负责人）：李四。');
    expect(p[2]).toBe('（一）退还因擅自变更行程未能游览景点的费用人民币3600元。');
    expect(p[3]).toBe('（二）被投诉者书面赔礼道歉。');
    expect(p).toContain('被投诉者未经投诉者同意变更行程，景区当日正常开放。');
    expect(p).toContain(
      '本局于2026年3月6日受理本投诉，于2026年3月9日向被投诉者送达了《旅游投诉受理通知书》（平旅投答字〔2026〕15号）及投诉书副本。被投诉者于2026年3月12日作出书面答复。本局于2026年3月20日主持调解。',
    );
    expect(p).toContain('（一）某某国际旅行社有限公司于2026年3月30日前以银行转账方式向王玥珺退还旅游费用人民币3600元（大写：叁仟陆佰元整）。');
    expect(text).toContain('本调解书经双方当事人签字并加盖某某市文化和旅游局印章后生效，双方当事人应当自觉履行。依照《旅游投诉处理办法》第二十五条的规定，调解书生效后没有执行的，投诉者可以按照国家法律、法规的规定，向仲裁机构申请仲裁或者向人民法院提起诉讼。');
    expect(p).toContain('本调解书一式三份，双方当事人各执一份，本局存档一份。');
    expect(text).toContain('调解员（签名）：＿＿＿＿＿＿＿＿');
    expectNoPrivateData(text);
  });

  it('omits the reply sentence without a reply; reports a missing reply notice', () => {
    const noReply = build({}, (s) => {
      s.replies = [];
      s.events = s.events.filter((e) => e.eventType !== 'submit_reply');
    });
    expect(noReply.ctx.missing).toEqual([]);
    expect(noReply.text).not.toContain('作出书面答复');
    const noNotice = build({}, (s) => {
      s.documents = s.documents.filter((d) => d.type !== 'reply_notice');
    });
    expect(noNotice.ctx.missing).toEqual(['reply_notice_number']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 7.18 旅游投诉终止调解书
// ---------------------------------------------------------------------------------------------------------

describe('mediation_termination_document (§7.18)', () => {
  const build = (variant: FixtureVariant = {}, edit?: (s: DocumentSource) => void) => {
    const source = fixtureSource('measures-2010', { outcome: 'termination', ...variant });
    edit?.(source);
    const ctx = mediationTerminationDocument.buildContext(source, target('mediation_termination_document'), stamp);
    const blocks = mediationTerminationDocument.buildBlocks(ctx);
    return { ctx, blocks, text: blockText(blocks) };
  };

  it('states the procedure, the reason and the remedies', () => {
    const { ctx, blocks, text } = build();
    expect(mediationTerminationDocument.info.titles['interim-1991']).toBeNull();
    expect(ctx.missing).toEqual([]);
    const p = paraTexts(blocks);
    expect(p[2]).toBe(
      '投诉者于2026年3月2日向本局投诉被投诉者擅自变更旅游行程，请求：（一）退还因擅自变更行程未能游览景点的费用人民币3600元；（二）被投诉者书面赔礼道歉。本局于2026年3月6日受理后，于2026年3月20日主持调解。因经调解，双方当事人未能达成协议，依照《旅游投诉处理办法》第二十五条的规定，本局决定终止调解。',
    );
    expect(p[3]).toBe('投诉者可以按照国家法律、法规的规定，向仲裁机构申请仲裁或者向人民法院提起诉讼。');
    expect(text).not.toContain('质量保证金');
    expectNoPrivateData(text);
  });

  it('maps the termination reasons to the texts of §7.10 (as the 终止调解通知书 does)', () => {
    expect(build({ terminationReason: 'party_absent_or_refuses' }).text).toContain('因被投诉者经通知无正当理由未参加调解，依照');
    expect(build({ terminationReason: 'time_limit_reached' }).text).toContain('因经调解，双方当事人未能达成协议，依照');
    expect(build({ terminationReason: 'no_agreement_on_appraisal' }).text).toContain('因双方当事人对鉴定、检测机构的选定或者费用承担未能达成一致，依照');
    expect(build({ terminationReason: 'other' }).text).toContain('因经调解，双方当事人对退费金额分歧较大，未能达成协议，依照');
  });

  it('prints the deposit paragraph when a deposit decision was made', () => {
    const decided = build({ deposit: 'prepaid_fee_loss' }, (s) => {
      s.documents.push(issuedDoc('deposit_compensation_decision', '平旅保划字〔2026〕1号', '旅游服务质量保证金划拨决定书'));
    });
    expect(decided.ctx.missing).toEqual([]);
    expect(paraTexts(decided.blocks)).toContain(
      '被投诉者系旅行社，因被投诉者停止经营，本局已依照《旅游投诉处理办法》第二十六条、《旅行社条例》第十五条的规定作出划拨旅行社质量保证金赔偿的决定（平旅保划字〔2026〕1号）。',
    );
    // ordered but the 划拨决定书 not issued yet: the decision is stated without its number
    const ordered = build({ deposit: 'prepaid_fee_loss' });
    expect(ordered.ctx.missing).toEqual([]);
    expect(ordered.text).toContain('规定作出划拨旅行社质量保证金赔偿的决定。');
  });

  it('prints the suggestion branch from the deposit note and reports the authority it cannot name', () => {
    const { ctx, text } = build({}, (s) => setPayload(s, 'terminate_mediation', { deposit_note: '其停止经营造成旅游者预交旅游费用损失' }));
    expect(ctx.missing).toEqual(['deposit_authority']);
    expect(text).toContain('被投诉者系旅行社，因其停止经营造成旅游者预交旅游费用损失，本局已依照');
    expect(text).toContain('提出划拨旅行社质量保证金赔偿的建议。');
  });

  it('reports a missing termination reason event', () => {
    const { ctx } = build({}, (s) => {
      s.events = s.events.filter((e) => e.eventType !== 'terminate_mediation');
    });
    expect(ctx.missing).toEqual(['termination_reason']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 7.11 投诉处理决定书
// ---------------------------------------------------------------------------------------------------------

describe('handling_decision (§7.11)', () => {
  const build = (variant: FixtureVariant = {}, edit?: (s: DocumentSource) => void, t: Partial<IssueTarget> = {}) => {
    const source = fixtureSource('interim-1991', { outcome: 'decision', ...variant });
    edit?.(source);
    const ctx = handlingDecision.buildContext(source, target('handling_decision', t), stamp);
    const blocks = handlingDecision.buildBlocks(ctx);
    return { ctx, blocks, p: paraTexts(blocks), text: blockText(blocks) };
  };

  it('exists only in interim-1991', () => {
    expect(handlingDecision.info.titles).toEqual({ 'interim-1991': '旅游投诉处理决定书', 'measures-2010': null });
    expect(handlingDecision.info).toMatchObject({ family: 'file', prefix: '旅投决字', sealMandatory: true, issuedOn: ['issue_decision'] });
  });

  it('kind 3: parties, 案由, procedure, facts with evidence, reasoning, basis, items, remedies', () => {
    const { ctx, blocks, p, text } = build();
    expect(ctx.missing).toEqual([]);
    expect(ctx.decisionKind).toBe(3);
    expect(blocks[1]).toEqual({ kind: 'title', lines: ['旅游投诉处理决定书'] });
    expect(p[0]).toBe(`投诉者：王玥珺，女，34岁，身份证件号码：${MASKED_ID}。`);
    expect(p[2]).toBe('案由：旅游合同纠纷');
    expect(p[3]).toBe(
      '投诉者于2026年3月2日向本局投诉被投诉者擅自变更旅游行程。本局于2026年3月6日受理后，于2026年3月9日向被投诉者送达了《旅游投诉答复通知书》（平旅投答字〔2026〕15号）及投诉书副本。被投诉者于2026年3月12日作出书面答复。本局于2026年3月20日主持调解，双方当事人未能达成协议。本局依照《旅游投诉暂行规定》的规定，在调查核实的基础上对本案作出处理。',
    );
    expect(p[4]).toBe(
      '投诉者称：被投诉者的导游以景区限流为由擅自取消蜈支洲岛行程并安排购物，经交涉被投诉者拒绝退费。投诉者请求：（一）退还因擅自变更行程未能游览景点的费用人民币3600元；（二）被投诉者书面赔礼道歉。',
    );
    expect(p[5]).toBe('被投诉者答复称：行程变更系因景区临时限流，属于不可抗力，不同意退费。');
    expect(p[6]).toBe('经调查核实，本局认定以下事实：');
    expect(p).toContain('上述事实，有下列证据证明：1.《国内旅游组团合同》及补充条款（合同编号：HN20260210-018）（书证）；2.团费支付凭证（银行转账记录）（书证）；3.导游宣布变更行程的现场录音（视听资料）。');
    expect(p).toContain('本局认为：被投诉者未经投诉者同意擅自变更旅游行程，违反合同约定，应当承担全部责任。');
    expect(p).toContain('依据《中华人民共和国旅游法》第六十九条、第七十条的规定，本局决定如下：');
    // decision 2026-03-30 + 15 days = 2026-04-14
    const i = p.indexOf('一、被投诉者向投诉者赔礼道歉。');
    expect(p.slice(i, i + 3)).toEqual([
      '一、被投诉者向投诉者赔礼道歉。',
      '二、被投诉者于2026年4月14日前赔偿投诉者经济损失人民币3600元（大写：叁仟陆佰元整）。',
      '三、被投诉者承担本案全部调查处理费用人民币600元（大写：陆佰元整）。',
    ]);
    expect(p).toContain('被投诉者逾期不履行本决定确定的赔偿义务的，本局将依照《旅行社条例》第十五条的规定，以其旅游服务质量保证金赔付。');
    expect(p[p.length - 1]).toBe(REMEDY_DECISION);
    expect(text).not.toContain('另查明');
    expect(text).not.toContain('抄送');
    expectNoPrivateData(text);
  });

  it('kind 1: cancellation of the filing', () => {
    const { ctx, p, text } = build({ decisionKind: 1 });
    expect(ctx.missing).toEqual([]);
    expect(p).toContain('一、撤销本案立案。');
    expect(p).toContain('本局认为：经查，行程变更系投诉者本人书面申请，被投诉者不存在过错。');
    expect(text).not.toContain('二、');
    expect(text).not.toContain('旅游服务质量保证金赔付');
  });

  it('kind 1 with an apology and compensation owed by the complainant', () => {
    const { ctx, p } = build({ decisionKind: 1 }, (s) => setPayload(s, 'issue_decision', {
      apology_ordered: true, compensation_amount: '500',
      orders: [{ obligor: '王玥珺', obligor_party_id: FIXTURE.complainantId, obligee: FIXTURE.respondent.name, kind: 'pay', amount: '500', manner: '银行转账', performance_days: 10 }],
    }));
    expect(ctx.missing).toEqual([]);
    expect(p).toContain('二、投诉者向被投诉者赔礼道歉。');
    expect(p).toContain('三、投诉者于2026年4月9日前赔偿被投诉者经济损失人民币500元（大写：伍佰元整）。');
  });

  it('kind 2: shares, compensation and the shared handling costs', () => {
    const { ctx, p } = build({ decisionKind: 2 });
    expect(ctx.missing).toEqual([]);
    expect(p).toContain('一、投诉者与被投诉者对本案纠纷负共同责任，投诉者承担40%的责任，被投诉者承担60%的责任。');
    expect(p).toContain('二、被投诉者于2026年4月14日前赔偿投诉者经济损失人民币2160元（大写：贰仟壹佰陆拾元整）。');
    expect(p).toContain('三、本案调查处理费用人民币600元（大写：陆佰元整），由投诉者负担240元，被投诉者负担360元。');
    const bad = build({ decisionKind: 2 }, (s) => setPayload(s, 'issue_decision', { respondent_share_pct: 50 }));
    expect(bad.ctx.missing).toEqual(['share_complainant', 'share_respondent']);
    const negotiated = build({ decisionKind: 2 }, (s) => setPayload(s, 'issue_decision', { compensation_amount: undefined, loss_amount: undefined }));
    expect(negotiated.p).toContain('二、双方当事人各自承担责任的具体方式，由双方当事人自收到本决定书之日起十五日内协商确定；协商不成的，按照本决定第一项确定的比例承担。');
  });

  it('kind 4: transfer to the receiving organ, 抄送', () => {
    const { ctx, blocks, p } = build({ decisionKind: 4 });
    expect(ctx.missing).toEqual([]);
    expect(p).toContain('一、本案纠纷系某某航空股份有限公司的过错所致，本局决定将本案转送中国民用航空某某地区管理局处理（平旅投转字〔2026〕3号）。');
    expect(blocks[blocks.length - 1]).toEqual({ kind: 'cc', organs: ['中国民用航空某某地区管理局'] });
    expect(blockText(blocks)).not.toContain('旅游服务质量保证金赔付');
    const noOrgan = build({ decisionKind: 4 }, (s) => setPayload(s, 'issue_decision', { receiving_department: undefined }));
    expect(noOrgan.ctx.missing).toEqual(['transfer_organ']);
  });

  it('records a penalty decision in the 另查明 paragraph', () => {
    const { ctx, p } = build({ penalty: true });
    expect(ctx.missing).toEqual([]);
    expect(p).toContain(
      '另查明，被投诉者的上述行为违反了《中华人民共和国旅游法》第三十五条第一款的规定。本局已依法对被投诉者作出行政处罚（《行政处罚决定书》平旅罚决字〔2026〕2号），处罚内容为：警告；罚款人民币30000元（大写：叁万元整）。',
    );
    const notIssued = build({ penalty: true }, (s) => {
      s.documents = s.documents.filter((d) => d.type !== 'penalty_decision');
    });
    expect(notIssued.ctx.missing).toEqual(['penalty_ref']);
  });

  it('without a reply or a mediation the procedure says so', () => {
    const { ctx, p } = build({}, (s) => {
      s.replies = [];
      s.events = s.events.filter((e) => !['submit_reply', 'start_mediation', 'record_mediation_session', 'terminate_mediation'].includes(e.eventType));
    });
    expect(ctx.missing).toEqual([]);
    expect(p[3]).toContain('及投诉书副本。被投诉者在规定期限内未作书面答复。双方当事人未同意调解。本局依照《旅游投诉暂行规定》的规定');
    expect(p.some((t) => t.startsWith('被投诉者答复称'))).toBe(false);
  });

  it('puts the supersession sentence before the remedy paragraph', () => {
    const old = issuedDoc('handling_decision', '平旅投决字〔2026〕4号', '旅游投诉处理决定书', { issuedAt: new Date('2026-03-30T02:00:00Z') });
    const { p } = build({}, undefined, { supersedes: old });
    expect(p.slice(-2)).toEqual(['本决定书替代本局于2026年3月30日制发的《旅游投诉处理决定书》（平旅投决字〔2026〕4号），原文书同时作废。', REMEDY_DECISION]);
  });

  it('reports missing required values', () => {
    const { ctx } = build({}, (s) => {
      setPayload(s, 'issue_decision', { evidence_ids: [], reasoning: undefined });
      s.documents = s.documents.filter((d) => d.type !== 'reply_notice');
    });
    expect(ctx.missing).toEqual(['reply_notice_number', 'evidence_list', 'reasoning']);
    const noItems = build({}, (s) => setPayload(s, 'issue_decision', { apology_ordered: false, compensation_amount: undefined, handling_cost_amount: undefined }));
    expect(noItems.ctx.missing).toEqual(['orders']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 7.13 行政处罚决定书
// ---------------------------------------------------------------------------------------------------------

describe('penalty_decision (§7.13)', () => {
  const P = FIXTURE.penaltyId;
  const build = (profile: 'interim-1991' | 'measures-2010' = 'interim-1991', edit?: (s: DocumentSource) => void) => {
    const source = fixtureSource(profile, { outcome: profile === 'interim-1991' ? 'decision' : 'termination', penalty: true });
    edit?.(source);
    const ctx = penaltyDecision.buildContext(source, target('penalty_decision', { penaltyId: P }), stamp);
    const blocks = penaltyDecision.buildBlocks(ctx);
    return { ctx, blocks, p: paraTexts(blocks), text: blockText(blocks) };
  };

  it('has the art. 59 contents in both profiles', () => {
    for (const profile of ['interim-1991', 'measures-2010'] as const) {
      const { ctx, blocks, p, text } = build(profile);
      expect(ctx.missing).toEqual([]);
      expect(blocks[1]).toEqual({ kind: 'title', lines: ['行政处罚决定书'] });
      expect(p[0]).toBe('当事人：某某国际旅行社有限公司');
      expect(p[1]).toBe('统一社会信用代码：91320100MA1XY0QK4R。住所：湖南省长沙市天心区某某路88号。法定代表人（负责人）：李四。');
      expect(p[2]).toBe('本局于2026年3月23日对你单位涉嫌擅自变更旅游行程安排一案立案调查。经查明：');
      expect(p).toContain('以上事实，有下列证据证明：1.旅游合同；2.行程单；3.现场录音；4.询问笔录。');
      expect(text).toContain(
        '本局于2026年3月24日向你单位送达了《行政处罚事先告知书》（平旅罚告字〔2026〕2号），告知你单位拟作出行政处罚的内容及事实、理由、依据，以及你单位依法享有的陈述、申辩、要求听证等权利。你单位于2026年3月26日提出陈述、申辩，称：当事人辩称行程变更系景区限流所致。经复核，本局认为：经复核，景区当日正常开放，当事人的申辩理由不成立，不予采纳。',
      );
      expect(p).toContain('本局认为：你单位的上述行为违反了《中华人民共和国旅游法》第三十五条第一款的规定。依据《中华人民共和国旅游法》第九十八条的规定，鉴于当事人系初次违法且积极配合调查，本局决定对你单位作出如下行政处罚：');
      expect(p).toContain('（一）警告。');
      expect(p).toContain('（二）罚款人民币30000元（大写：叁万元整）。');
      expect(p).toContain(
        '你单位应当自收到本决定书之日起十五日内，到中国工商银行某某支行缴纳罚款，或者通过某某省非税收入电子缴款系统缴纳。到期不缴纳罚款的，本局将依照《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。',
      );
      expect(p[p.length - 1]).toBe(
        '你单位如不服本处罚决定，可以自收到本决定书之日起六十日内向某某市人民政府申请行政复议，也可以自收到本决定书之日起六个月内直接向某某市某某区人民法院提起行政诉讼。行政复议和行政诉讼期间，本处罚决定不停止执行，法律另有规定的除外。逾期不申请行政复议、不提起行政诉讼，又不履行本处罚决定的，本局将依法申请人民法院强制执行。',
      );
      expect(text).not.toContain(FIXTURE.complainant.name);
      expectNoPrivateData(text);
    }
  });

  it('states the absence of a statement and hearing request', () => {
    const { ctx, text } = build('interim-1991', (s) => {
      s.events = s.events.filter((e) => e.eventType !== 'record_statement');
    });
    expect(ctx.missing).toEqual([]);
    expect(text).toContain('等权利。你单位在规定期限内未提出陈述、申辩，也未要求听证。');
  });

  it('records a hearing held; a hearing requested but not held is missing', () => {
    const held = build('interim-1991', (s) => {
      pushEvent(s, 'request_hearing', '2026-03-25T09:00', { requested_on: '2026-03-25' }, P);
      pushEvent(s, 'serve_hearing_notice', '2026-03-25T15:00', { served_on: '2026-03-25', hearing_date: '2026-04-08', presiding_user_id: 13, place: '本局第一会议室' }, P);
      pushEvent(s, 'hold_hearing', '2026-04-08T11:00', { record: '当事人的委托代理人到场陈述了意见，案件调查人员出示了证据。', party_absent_without_reason: false }, P);
      pushEvent(s, 'decide_penalty', '2026-04-10T10:00', { ...fixtureEvent(s, 'decide_penalty').payload }, P);
    });
    expect(held.ctx.missing).toEqual([]);
    expect(held.text).toContain('本局于2026年4月8日依法举行听证，当事人的委托代理人到场陈述了意见，案件调查人员出示了证据。');
    const pending = build('interim-1991', (s) => pushEvent(s, 'request_hearing', '2026-03-25T09:00', { requested_on: '2026-03-25' }, P));
    expect(pending.ctx.missing).toEqual(['hearing']);
  });

  it('prints the performance manner for penalties other than warnings and fines', () => {
    const { ctx, p, text } = build('interim-1991', (s) => {
      setPayload(s, 'decide_penalty', { items: [{ type: 'suspend_licence' }, { type: 'confiscate_illegal_gains', amount: 5000 }], performance_manner: '自收到本决定书之日起十日内交回许可证件并缴纳没收款项' });
    });
    expect(ctx.missing).toEqual([]);
    expect(p).toContain('（一）暂扣旅行社业务经营许可证。');
    expect(p).toContain('（二）没收违法所得人民币5000元（大写：伍仟元整）。');
    expect(p).toContain('自收到本决定书之日起十日内交回许可证件并缴纳没收款项。');
    expect(text).not.toContain('缴纳罚款');
  });

  it('addresses an individual party with 你', () => {
    const { ctx, p, text } = build('interim-1991', (s) => {
      const pen = s.penalties[0]!;
      pen.organisationId = null;
      pen.partyName = '张某';
      setPayload(s, 'decide_penalty', { party_address: '湖南省长沙市雨花区某某小区3栋' });
    });
    expect(ctx.missing).toEqual([]);
    expect(p[1]).toBe('住址：湖南省长沙市雨花区某某小区3栋。');
    expect(p[2]).toBe('本局于2026年3月23日对你涉嫌擅自变更旅游行程安排一案立案调查。经查明：');
    expect(text).not.toContain('你单位');
  });

  it('reports missing values', () => {
    const { ctx } = build('interim-1991', (s) => {
      setPayload(s, 'serve_prior_notice', { violated_provision: undefined });
      setPayload(s, 'decide_penalty', { items: [{ type: 'fine' }] });
      s.documents = s.documents.filter((d) => d.type !== 'penalty_prior_notice');
    });
    expect(ctx.missing).toEqual(['violated_provision', 'penalties', 'prior_notice_ref']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// 7.14 质量保证金划拨决定书
// ---------------------------------------------------------------------------------------------------------

describe('deposit_compensation_decision (§7.14)', () => {
  const build = (profile: 'interim-1991' | 'measures-2010', variant: FixtureVariant, edit?: (s: DocumentSource) => void) => {
    const source = fixtureSource(profile, variant);
    edit?.(source);
    const ctx = depositCompensationDecision.buildContext(source, target('deposit_compensation_decision'), stamp);
    const blocks = depositCompensationDecision.buildBlocks(ctx);
    return { ctx, blocks, p: paraTexts(blocks), text: blockText(blocks) };
  };

  it('measures-2010, ground 2: the payout, the attachment table and 抄送 the bank', () => {
    const { ctx, blocks, p, text } = build('measures-2010', { outcome: 'termination', deposit: 'prepaid_fee_loss' });
    expect(ctx.missing).toEqual([]);
    expect(blocks[1]).toEqual({ kind: 'title', lines: ['旅游服务质量保证金划拨决定书'] });
    expect(p[0]).toBe(
      '当事人：某某国际旅行社有限公司，旅行社业务经营许可证编号：L-HUN-CJ00123，统一社会信用代码：91320100MA1XY0QK4R，住所：湖南省长沙市天心区某某路88号，法定代表人（负责人）：李四。',
    );
    expect(p[1]).toBe('王玥珺投诉你社擅自变更旅游行程一案，本局于2026年3月6日受理。经查明：');
    expect(p[2]).toBe('被投诉者已于2026年3月25日停止经营，无法退还投诉者预交的旅游费用。');
    expect(p[3]).toBe('你社因被投诉者停止经营，造成旅游者预交旅游费用损失。经本局调解，双方当事人未能达成协议。');
    expect(p[4]).toBe(
      '依据《旅游投诉处理办法》第二十六条、《旅行社条例》第十五条和《中华人民共和国旅游法》第三十一条的规定，本局决定：从你社存入中国工商银行某某支行的旅游服务质量保证金（账号：***************3445）中划拨人民币3600元（大写：叁仟陆佰元整），用于赔偿旅游者王玥珺的未游览蜈支洲岛的费用损失。划拨款项明细见附件。',
    );
    expect(p[5]).toBe('依照《旅行社条例》第十八条的规定，你社应当自收到本决定书之日起五个工作日内补足旅游服务质量保证金。逾期不补足的，本局将依照《旅行社条例》第四十八条的规定依法处理。');
    const kinds = blocks.map((b) => b.kind);
    // the 版记 (抄送) is on the last page, after the attachment page (§2.9)
    expect(kinds.slice(-5)).toEqual(['attachmentList', 'signature', 'note', 'attachmentPage', 'cc']);
    expect(blocks[blocks.length - 1]).toEqual({ kind: 'cc', organs: ['中国工商银行某某支行'] });
    const page = blocks[blocks.length - 2];
    expect(page).toMatchObject({ kind: 'attachmentPage', label: '附件', title: '划拨款项明细' });
    if (page?.kind !== 'attachmentPage') throw new Error('no attachment page');
    const table = page.blocks[0];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.columnsMm).toEqual([12, 84, 30, 30]);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '项目', '金额（元）', '说明'],
      ['1', '未游览景点费用', '3600', ''],
      ['合计', '3600', '（大写：叁仟陆佰元整）'],
    ]);
    expect(text).not.toContain('6222020200112233445');
    expectNoPrivateData(text);
  });

  it('interim-1991, ground 1 cites the handling decision not performed', () => {
    const { ctx, p } = build('interim-1991', { outcome: 'decision', deposit: 'decision_not_performed' });
    expect(ctx.missing).toEqual([]);
    expect(p[3]).toBe('你社违反旅游合同约定，侵害旅游者合法权益，经本局查证属实。本局已作出《旅游投诉处理决定书》（平旅投决字〔2026〕4号），你社逾期未履行其中确定的赔偿义务。');
    expect(p[4]).toContain('依据《旅行社条例》第十五条和《中华人民共和国旅游法》第三十一条的规定');
    expect(p.join('')).not.toContain('经本局调解，双方当事人未能达成协议');
  });

  it('maps the five grounds', () => {
    const ground = (deposit: NonNullable<FixtureVariant['deposit']>) => build('measures-2010', { outcome: 'termination', deposit }).ctx.depositGround;
    expect([ground('contract_breach_verified'), ground('decision_not_performed'), ground('prepaid_fee_loss'), ground('stranding_costs'), ground('emergency_rescue_advance')]).toEqual([1, 1, 2, 2, 2]);
    const breach = build('measures-2010', { outcome: 'termination', deposit: 'contract_breach_verified' });
    expect(breach.p[3]).toBe('你社违反旅游合同约定，侵害旅游者合法权益，经本局查证属实。经本局调解，双方当事人未能达成协议。');
  });

  it('parses a breakdown of several lines and checks its sum', () => {
    expect(parseBreakdown('未游览景点费用：3000元\n滞留期间食宿费用：600.5元（两晚）', '3600.50')).toEqual([
      { item: '未游览景点费用', amount: '3000', note: '' },
      { item: '滞留期间食宿费用', amount: '600.50', note: '两晚' },
    ]);
    expect(parseBreakdown('按合同约定退还全部团费', '3600')).toEqual([{ item: '按合同约定退还全部团费', amount: '3600', note: '' }]);
    const ok = build('measures-2010', { outcome: 'termination', deposit: 'stranding_costs' }, (s) =>
      setPayload(s, 'order_deposit_compensation', { breakdown: '返程交通费用：2000\n滞留期间食宿费用：1600' }));
    expect(ok.ctx.missing).toEqual([]);
    expect(ok.ctx.breakdown).toHaveLength(2);
    const bad = build('measures-2010', { outcome: 'termination', deposit: 'stranding_costs' }, (s) =>
      setPayload(s, 'order_deposit_compensation', { breakdown: '返程交通费用：2000\n滞留期间食宿费用：1000' }));
    expect(bad.ctx.missing).toEqual(['breakdown']);
  });

  it('reports missing values', () => {
    const { ctx } = build('measures-2010', { outcome: 'termination', deposit: 'prepaid_fee_loss' }, (s) =>
      setPayload(s, 'order_deposit_compensation', { deposit_bank: undefined, ground_cause: undefined, loss_description: undefined }));
    expect(ctx.missing).toEqual(['deposit_bank', 'ground_cause', 'loss_description']);
  });
});

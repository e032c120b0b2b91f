/**
 * Letter templates (信函格式) of documents.md §7.2–§7.8, §7.10 and §7.12, built from the §9.0 fixture: titles, numbers,
 * Required values, exact first paragraphs, optional wording, personal-data exclusions and `missing`.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../documents/layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentSource, IssueTarget } from '../../../documents/model.ts';
import type { ProfileKey } from '../../../server/domain/procedure/profiles.ts';
import { acceptanceNotice } from '../../../documents/templates/acceptanceNotice.ts';
import { nonAcceptanceNotice, reasonOf } from '../../../documents/templates/nonAcceptanceNotice.ts';
import { honorificOf, parseMaterials, transferLetter } from '../../../documents/templates/transferLetter.ts';
import { transferNotice } from '../../../documents/templates/transferNotice.ts';
import { replyNotice } from '../../../documents/templates/replyNotice.ts';
import { missingItems, supplementNotice } from '../../../documents/templates/supplementNotice.ts';
import { mediationNotice } from '../../../documents/templates/mediationNotice.ts';
import { mediationTerminationNotice } from '../../../documents/templates/mediationTerminationNotice.ts';
import { penaltyPriorNotice } from '../../../documents/templates/penaltyPriorNotice.ts';
import { cnEnumerate, missingOf, supersessionSentence } from '../../../documents/templates/common.ts';
import { CITATIONS } from '../../../documents/context/citations.ts';
import { FIXTURE, fixtureEvent, fixtureSource, fixtureStamp, type FixtureVariant } from '../../support/documentFixtures.ts';

const PROFILES: ProfileKey[] = ['interim-1991', 'measures-2010'];
const C = FIXTURE.complainant;
/** The complainant's contact data that documents served on the respondent never carry (§6.2, §9.1). */
const PRIVATE = [C.phone, C.idNumber, C.address, C.email, C.postcode];

/** Every text of a block list, nested attachment pages included, one entry per block. */
function texts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'title': return b.lines;
      case 'addressee': case 'para': case 'note': return [b.text];
      case 'heading': return [b.text + (b.runIn ?? '')];
      case 'attachmentList': return b.items;
      case 'cc': return b.organs;
      case 'meta': return [b.left, b.right];
      case 'table': return b.rows.flatMap((r) => r.map((c) => c.text));
      case 'attachmentPage': return [b.label, b.title, ...texts(b.blocks)];
      default: return [];
    }
  });
}

function build<C extends BaseContext>(m: DocumentModule<C>, source: DocumentSource, target: Partial<IssueTarget> = {}) {
  const ctx = m.buildContext(source, { type: m.info.type, ...target }, fixtureStamp());
  const blocks = m.buildBlocks(ctx);
  return { ctx, blocks, text: texts(blocks).join('\n'), paras: blocks.filter((b) => b.kind === 'para').map((b) => (b as { text: string }).text) };
}

const make = <C extends BaseContext>(m: DocumentModule<C>, profile: ProfileKey, variant: FixtureVariant = {}, target: Partial<IssueTarget> = {}) =>
  build(m, fixtureSource(profile, variant), target);

/** Remove a payload key from the latest event of a type. */
function without(source: DocumentSource, type: string, key: string): DocumentSource {
  const ev = fixtureEvent(source, type);
  const { [key]: _drop, ...rest } = ev.payload;
  return { ...source, events: source.events.map((e) => (e.id === ev.id ? { ...e, payload: rest } : e)) };
}

/** Common letter checks: head, title, number in context, date, addressee, signature, 附注, no personal data if served on the respondent. */
function expectLetter(r: ReturnType<typeof build>, title: string, addressee: string) {
  expect(r.ctx.missing).toEqual([]);
  expect(r.ctx.title).toBe(title);
  expect(r.ctx.documentNumber).toBe('平旅投受字〔2026〕15号');
  expect(r.ctx.dateText).toBe('2026年3月15日');
  expect(r.blocks[0]).toEqual({ kind: 'head', family: 'letter' });
  expect(r.blocks[1]).toEqual({ kind: 'title', lines: [title] });
  expect(r.blocks[2]).toEqual({ kind: 'addressee', text: addressee });
  expect(r.blocks.some((b) => b.kind === 'signature')).toBe(true);
  // the context is a JSON snapshot: no Dates, no functions
  expect(JSON.parse(JSON.stringify(r.ctx))).toEqual(r.ctx);
}

const expectNoPrivateData = (text: string) => {
  for (const v of PRIVATE) expect(text).not.toContain(v);
};

describe('common helpers', () => {
  it('missingOf lists empty values in order', () => {
    expect(missingOf({ a: 'x', b: '', c: [], d: ['y'], e: null, f: ' ' })).toEqual(['b', 'c', 'e', 'f']);
  });
  it('cnEnumerate', () => {
    expect(cnEnumerate(['甲', '乙'])).toBe('（一）甲；（二）乙');
  });
  it('supersession sentence (§5.9)', () => {
    const old = fixtureSource('interim-1991').documents[0]!;
    expect(supersessionSentence(acceptanceNotice.info, 'measures-2010', '本局', { type: 'acceptance_notice', supersedes: old }))
      .toBe(`本告知书替代本局于2026年3月6日制发的《${old.title}》（${old.number}），原文书同时作废。`);
    expect(supersessionSentence(acceptanceNotice.info, 'interim-1991', '本局', { type: 'acceptance_notice' })).toBe('');
  });
});

describe('7.2 acceptance_notice', () => {
  it.each(PROFILES)('%s: wording, Required values', (profile) => {
    const r = make(acceptanceNotice, profile);
    const m2010 = profile === 'measures-2010';
    expectLetter(r, m2010 ? '旅游投诉受理告知书' : '旅游投诉受理通知书', '王玥珺：');
    expect(r.paras[0]).toBe(
      `你于2026年3月2日向本局提出的关于某某国际旅行社有限公司擅自变更旅游行程的投诉，本局已收悉。经审查，该投诉符合${m2010 ? '《旅游投诉处理办法》第十条' : '《旅游投诉暂行规定》第八条'}规定的受理条件，本局决定予以受理，并于2026年3月6日立案（案件编号：2026-03-0015）。现将有关事项${m2010 ? '告知' : '通知'}如下：`,
    );
    expect(r.paras[1]).toBe(m2010
      ? '一、本局将自受理之日起五个工作日内向被投诉者送达旅游投诉受理通知书和投诉书副本，被投诉者应当自接到通知之日起十日内作出书面答复。本局将在查明事实的基础上，遵循自愿、合法的原则进行调解，并自受理之日起六十日内作出处理。'
      : '一、本局将通知被投诉者自接到通知之日起三十日内作出书面答复，并在调查核实、查明事实、分清责任的基础上组织调解；调解不成的，本局将依法作出处理决定。');
    expect(r.paras.at(-1)).toBe(m2010 ? '特此告知。' : '特此通知。');
    expect(r.paras[5]).toBe('五、你可以登录旅游投诉服务平台查询本案办理进度。');
    expect(r.blocks.at(-1)).toEqual({ kind: 'note', text: '（联系人：李明，联系电话：0731-12345678）' });
  });

  it('joint complaint: first representative 等5人', () => {
    expect(make(acceptanceNotice, 'interim-1991', { joint: true }).blocks[2]).toEqual({ kind: 'addressee', text: '王玥珺等5人：' });
  });

  it('missing complaint_subject and accepted_date', () => {
    let s = fixtureSource('interim-1991');
    for (const t of ['accept', 'request_supplement']) s = without(s, t, 'complaint_subject');
    expect(build(acceptanceNotice, s).ctx.missing).toEqual(['complaint_subject']);
    const before = fixtureSource('interim-1991');
    before.events = before.events.filter((e) => e.eventType !== 'accept');
    expect(build(acceptanceNotice, before).ctx.missing).toContain('accepted_date');
  });

  it('supersession: last body paragraph before 特此通知。', () => {
    const src = fixtureSource('interim-1991');
    const old = { ...src.documents[0]!, type: 'acceptance_notice', title: '旅游投诉受理通知书', number: '平旅投受字〔2026〕14号' };
    const r = build(acceptanceNotice, src, { supersedes: old });
    expect(r.paras.slice(-2)).toEqual(['本通知书替代本局于2026年3月6日制发的《旅游投诉受理通知书》（平旅投受字〔2026〕14号），原文书同时作废。', '特此通知。']);
  });
});

describe('7.3 non_acceptance_notice', () => {
  it.each(PROFILES)('%s: no jurisdiction, competent organ, remedies', (profile) => {
    const r = make(nonAcceptanceNotice, profile, { acceptance: 'refuse' });
    expectLetter(r, '旅游投诉不予受理通知书', '王玥珺：');
    const cite = profile === 'measures-2010' ? '《旅游投诉处理办法》第九条第（三）项' : '《旅游投诉暂行规定》第九条';
    expect(r.paras[0]).toBe(`你于2026年3月2日向本局提出的关于某某国际旅行社有限公司擅自变更旅游行程的投诉，本局已收悉。经审查，你投诉的事项不属于本局的职责范围或者管辖范围。依据${cite}的规定，本局决定不予受理。`);
    expect(r.paras[1]).toBe('你投诉的事项属于某某省某某市文化广电和旅游局的职责范围，请向该机关提出（地址：某某省某某市某某区人民路1号；联系电话：0898-66668888）。');
    expect(r.text).toContain('依照《中华人民共和国旅游法》第九十二条的规定，你可以通过下列途径解决与被投诉者之间的纠纷：（一）双方协商；');
    expect(r.text).toContain('可以自收到本通知书之日起六十日内向某某市人民政府申请行政复议，也可以自收到本通知书之日起六个月内向某某市某某区人民法院提起行政诉讼。');
  });

  it('remedy sentence follows the agency setting; other grounds have no competent-organ paragraph', () => {
    const s = fixtureSource('interim-1991', { acceptance: 'refuse', refusalGrounds: ['filing_window_expired'] });
    s.agency = { ...s.agency, remedyOnNonAcceptance: false };
    const r = build(nonAcceptanceNotice, s);
    expect(r.ctx.missing).toEqual([]);
    expect(r.text).toContain('经审查，你的投诉已超过自知道或者应当知道权利被侵害之日起六十日的投诉时效。依据《旅游投诉暂行规定》的规定');
    expect(r.text).not.toContain('行政复议');
    expect(r.text).not.toContain('请向该机关提出');
  });

  it('supplement_not_provided → officer text with rules_form; officer citation wins for configurable reasons', () => {
    const r = make(nonAcceptanceNotice, 'measures-2010', { acceptance: 'refuse', refusalGrounds: ['supplement_not_provided'] });
    expect(r.ctx.reasonCodes).toEqual(['other']);
    expect(r.paras[0]).toContain('经审查，你未在规定期限内补正投诉材料，现有材料不足以认定具体的投诉请求和事实根据。依据《旅游投诉处理办法》第十一条的规定');
    const officer = { reasons: '', citation: '《某某省旅游条例》第三十条' };
    expect(reasonOf('interim-1991', CITATIONS['interim-1991'], '本局', ['handled_elsewhere'], officer).citation).toBe('《某某省旅游条例》第三十条');
    const merged = reasonOf('measures-2010', CITATIONS['measures-2010'], '本局', ['no_clear_respondent', 'no_specific_request'], officer);
    expect(merged).toEqual({ codes: ['no_clear_claim'], text: '你的投诉没有明确的被投诉者，或者没有具体的投诉请求、事实和理由', citation: '《旅游投诉处理办法》第九条第（五）项、第十条' });
    expect(reasonOf('measures-2010', CITATIONS['measures-2010'], '本局', ['other_economic_dispute'], officer).citation).toBe('《旅游投诉处理办法》第九条第（六）项');
  });

  it('missing: competent organ for no_jurisdiction, complaint_subject; unknown respondent placeholder', () => {
    let s = without(fixtureSource('interim-1991', { acceptance: 'refuse' }), 'refuse_acceptance', 'competent_organ');
    s = without(without(s, 'refuse_acceptance', 'complaint_subject'), 'request_supplement', 'complaint_subject');
    expect(build(nonAcceptanceNotice, s).ctx.missing).toEqual(['complaint_subject', 'competent_organ']);
    const u = fixtureSource('interim-1991', { acceptance: 'refuse' });
    u.parties = u.parties.filter((p) => p.partyRole !== 'respondent');
    expect(build(nonAcceptanceNotice, u).paras[0]).toContain('关于（被投诉者不明确）擅自变更旅游行程的投诉');
  });
});

describe('7.4 transfer_letter', () => {
  it.each(PROFILES)('%s: wording and materials', (profile) => {
    const m2010 = profile === 'measures-2010';
    const r = make(transferLetter, profile, { acceptance: 'transfer' });
    expectLetter(r, m2010 ? '旅游投诉转办函' : '关于转送旅游投诉的函', '某某省某某市文化广电和旅游局：');
    const basis = m2010 ? '《中华人民共和国旅游法》第九十一条、《旅游投诉处理办法》第十五条第（三）项' : '《中华人民共和国旅游法》第九十一条';
    expect(r.paras[0]).toBe(`2026年3月2日，本局收到王玥珺关于某某国际旅行社有限公司擅自变更旅游行程的投诉。经审查，被投诉者住所地和旅游合同签订地均在某某省某某市，本局对该投诉没有管辖权，该投诉事项属于贵局职责范围。依照${basis}的规定，现将该投诉${m2010 ? '转办' : '转送'}贵局处理。`);
    expect(r.paras[1]).toBe(`请依法处理，并将处理结果告知投诉者，同时抄告本局。本局已将${m2010 ? '转办' : '转送'}情况书面告知投诉者。`);
    expect(r.paras[2]).toBe('特此函告。');
    expect(r.blocks.find((b) => b.kind === 'attachmentList')).toEqual({ kind: 'attachmentList', items: ['投诉书（3页）', '旅游合同复印件（5页）', '团费支付凭证复印件（1页）', '现场录音光盘'] });
    if (m2010) expect(r.text).not.toContain('转送');
  });

  it('after a kind-4 handling decision it cites the decision', () => {
    const r = make(transferLetter, 'interim-1991', { outcome: 'decision', decisionKind: 4 });
    expect(r.ctx.missing).toEqual([]);
    expect(r.paras[1]).toBe('本次转送系依据本局作出的《旅游投诉处理决定书》（平旅投决字〔2026〕4号）。');
    const s = fixtureSource('interim-1991', { outcome: 'decision', decisionKind: 4 });
    s.documents = s.documents.filter((d) => d.type !== 'handling_decision');
    expect(build(transferLetter, s).ctx.missing).toEqual(['handling_decision_number']);
  });

  it('materials and honorific helpers; missing materials', () => {
    expect(parseMaterials('1.投诉书（3页）；\n\n（二）光盘')).toEqual([{ name: '投诉书', pages: '3' }, { name: '光盘', pages: '' }]);
    expect([honorificOf('某某市市场监督管理局'), honorificOf('某某市发展和改革委员会'), honorificOf('某某公司'), honorificOf('')]).toEqual(['贵局', '贵委', '贵单位', '']);
    const s = without(without(fixtureSource('interim-1991', { acceptance: 'transfer' }), 'transfer_out', 'materials'), 'transfer_out', 'receiving_organ_honorific');
    const r = build(transferLetter, s);
    expect(r.ctx.missing).toEqual(['materials']);
    expect(r.ctx.targetOrganHonorific).toBe('贵局');
    expect(r.blocks.some((b) => b.kind === 'attachmentList')).toBe(false);
  });
});

describe('7.5 transfer_notice', () => {
  it.each(PROFILES)('%s: cites the transfer letter', (profile) => {
    const m2010 = profile === 'measures-2010';
    const r = make(transferNotice, profile, { acceptance: 'transfer' });
    expectLetter(r, m2010 ? '旅游投诉转办告知书' : '旅游投诉转送告知书', '王玥珺：');
    expect(r.paras[0]).toBe(`你于2026年3月2日向本局提出的关于某某国际旅行社有限公司擅自变更旅游行程的投诉，经审查，被投诉者住所地和旅游合同签订地均在某某省某某市，本局对该投诉没有管辖权，该投诉事项属于某某省某某市文化广电和旅游局的职责范围。依照《中华人民共和国旅游法》第九十一条的规定，本局已于2026年3月6日将你的投诉材料${m2010 ? '转办' : '转送'}某某省某某市文化广电和旅游局处理（平旅投转字〔2026〕3号）。`);
    expect(r.paras[1]).toBe('某某省某某市文化广电和旅游局地址：某某省某某市某某区人民路1号；联系电话：0898-66668888。你可以直接向该机关了解处理情况。');
    expect(r.paras[2]).toBe('特此告知。');
  });

  it('missing: the letter number, or both address and phone; one of them is enough', () => {
    const s = fixtureSource('interim-1991', { acceptance: 'transfer' });
    s.documents = [];
    expect(build(transferNotice, s).ctx.missing).toEqual(['transfer_letter_number']);
    const noAddr = without(fixtureSource('interim-1991', { acceptance: 'transfer' }), 'transfer_out', 'receiving_organ_address');
    const r = build(transferNotice, noAddr);
    expect(r.ctx.missing).toEqual([]);
    expect(r.paras[1]).toBe('某某省某某市文化广电和旅游局联系电话：0898-66668888。你可以直接向该机关了解处理情况。');
    expect(build(transferNotice, without(noAddr, 'transfer_out', 'receiving_organ_phone')).ctx.missing).toEqual(['target_organ_address_or_phone']);
  });
});

describe('7.6 reply_notice', () => {
  it.each(PROFILES)('%s: wording, attachments, no complainant contact data', (profile) => {
    const m2010 = profile === 'measures-2010';
    const r = make(replyNotice, profile, {}, { recipientPartyId: FIXTURE.respondentId });
    expectLetter(r, m2010 ? '旅游投诉受理通知书' : '旅游投诉答复通知书', '某某国际旅行社有限公司：');
    expect(r.paras[0]).toBe('王玥珺（以下称投诉者）于2026年3月2日向本局投诉你单位擅自变更旅游行程。经审查，本局已于2026年3月6日依法受理（案件编号：2026-03-0015）。现将投诉书副本送达你单位。');
    expect(r.paras[1]).toBe(m2010
      ? '依照《旅游投诉处理办法》第十七条、第十八条的规定，请你单位自接到本通知之日起十日内向本局作出书面答复，提出答辩的事实、理由和证据。'
      : '依照《旅游投诉暂行规定》的规定，请你单位自接到本通知之日起三十日内向本局作出书面答复。书面答复应当载明下列事项：（一）被投诉的事由；（二）调查核实的过程；（三）基本事实与证据；（四）责任及处理意见。');
    expect(r.text).toContain('也可以书面提交至本局（地址：某某市某某区政务路2号，邮政编码：410000）。');
    expect(r.blocks.find((b) => b.kind === 'attachmentList')).toEqual({ kind: 'attachmentList', items: ['投诉书副本', '证据材料目录'] });
    const pages = r.blocks.filter((b) => b.kind === 'attachmentPage');
    expect(pages.map((p) => [p.label, p.title])).toEqual([['附件1', '投诉书副本'], ['附件2', '证据材料目录']]);
    const copy = texts(pages[0]!.blocks);
    expect(copy.slice(0, 6)).toEqual(['投诉者：王玥珺', '投诉者联系方式：（依法不予提供）', '被投诉者：某某国际旅行社有限公司', '被投诉者地址：湖南省长沙市天心区某某路88号', '投诉请求：', '1.退还因擅自变更行程未能游览景点的费用人民币3600元']);
    expect(copy).toContain('事实与理由：');
    expect(copy.at(-1)).toBe('投诉日期：2026年3月2日');
    for (const p of fixtureSource(profile).caseRecord.facts.split('\n')) expect(copy).toContain(p);
    expect(texts(pages[1]!.blocks)).toEqual(['1.《国内旅游组团合同》及补充条款（合同编号：HN20260210-018）（书证，投诉者提交）', '2.团费支付凭证（银行转账记录）（书证，投诉者提交）', '3.导游宣布变更行程的现场录音（视听资料，投诉者提交）']);
    // the attachment pages come after the signature and the 附注
    expect(r.blocks.findIndex((b) => b.kind === 'attachmentPage')).toBeGreaterThan(r.blocks.findIndex((b) => b.kind === 'note'));
    expectNoPrivateData(r.text);
    expectNoPrivateData(JSON.stringify(r.ctx));
  });

  it.each([['interim-1991', '2026年4月14日'], ['measures-2010', '2026年3月25日']] as const)('%s: due date printed under electronic service', (profile, due) => {
    const r = make(replyNotice, profile, { eService: true }, { recipientPartyId: FIXTURE.respondentId });
    expect(r.paras[1]).toContain(`日内（即${due}前）向本局作出书面答复`);
  });

  it('joint complaint: the full list in the copy', () => {
    const r = make(replyNotice, 'interim-1991', { joint: true, agent: true }, { recipientPartyId: FIXTURE.respondentId });
    expect(r.paras[0]!.startsWith('王玥珺等5人（以下称投诉者）')).toBe(true);
    expect(r.text).toContain('投诉者：王玥珺等5人：王玥珺、赵堃、钱喆、孙赟、李珺');
    expectNoPrivateData(r.text);
    expect(r.text).not.toContain('13900000002');
  });

  it('missing: unknown recipient, no requests', () => {
    expect(make(replyNotice, 'interim-1991', {}, { recipientPartyId: 999 }).ctx.missing).toEqual(['respondent_name']);
    const s = fixtureSource('interim-1991');
    s.requests = [];
    expect(build(replyNotice, s, { recipientPartyId: FIXTURE.respondentId }).ctx.missing).toEqual(['requests']);
  });
});

describe('7.7 supplement_notice', () => {
  it.each(PROFILES)('%s: items and period', (profile) => {
    const r = make(supplementNotice, profile);
    expectLetter(r, '旅游投诉补正通知书', '王玥珺：');
    expect(r.paras[0]).toBe('你于2026年3月2日向本局提出的关于某某国际旅行社有限公司擅自变更旅游行程的投诉，本局已收悉。经审查，你的投诉材料尚缺少下列内容：（一）证明投诉事实的有关证据材料；（二）团费支付凭证。');
    const rulesForm = profile === 'measures-2010' ? '《旅游投诉处理办法》第十一条' : '《旅游投诉暂行规定》第十条、第十一条';
    expect(r.paras[1]).toBe(`依照${rulesForm}的规定，请你自收到本通知之日起十日内补正上述内容。你可以登录旅游投诉服务平台在线补正，也可以书面提交至本局（地址：某某市某某区政务路2号，邮政编码：410000）。`);
    expect(r.paras[2]).toBe('逾期未补正的，本局将根据现有材料依法审查处理。');
  });

  it('due date under electronic service; catalogue codes; missing items', () => {
    expect(make(supplementNotice, 'interim-1991', { eService: true }).paras[1]).toContain('十日内（即2026年3月25日前）补正');
    expect(missingItems('measures-2010', 'complainant_details\n2、其他材料。')).toEqual(['投诉者的姓名、性别、国籍、通讯地址、邮政编码、联系电话及投诉日期', '其他材料']);
    const s = fixtureSource('interim-1991');
    const ev = fixtureEvent(s, 'request_supplement');
    ev.payload = { ...ev.payload, missing_items: '  ' };
    expect(build(supplementNotice, s).ctx.missing).toEqual(['missing_items']);
  });
});

describe('7.8 mediation_notice', () => {
  it.each(PROFILES)('%s: on-site meeting', (profile) => {
    const r = make(mediationNotice, profile);
    expectLetter(r, '旅游投诉调解通知书', '王玥珺、某某国际旅行社有限公司：');
    expect(r.paras[0]).toBe('王玥珺投诉某某国际旅行社有限公司擅自变更旅游行程一案，本局已于2026年3月6日受理。根据双方当事人同意调解的意愿，本局定于2026年3月20日9时30分在某某市文化和旅游局三楼调解室主持调解，调解员：李明、张华。现将有关事项通知如下：');
    expect(r.paras[5]).toBe(`五、当事人无正当理由不参加调解的，视为不同意调解，本局将${profile === 'interim-1991' ? '依法作出处理决定' : '终止调解'}。`);
    expect(r.paras[6]).toBe('特此通知。');
    expectNoPrivateData(r.text);
  });

  it('video and phone modes; missing mediators and channel', () => {
    const s = fixtureSource('interim-1991');
    const ev = fixtureEvent(s, 'start_mediation');
    ev.payload = { ...ev.payload, mediation_mode: 'video', mediation_channel: '腾讯会议' };
    expect(build(mediationNotice, s).paras[0]).toContain('定于2026年3月20日9时30分通过腾讯会议以视频方式主持调解');
    ev.payload = { ...ev.payload, mediation_mode: 'phone' };
    expect(build(mediationNotice, s).paras[0]).toContain('定于2026年3月20日9时30分以电话方式主持调解');
    ev.payload = { ...ev.payload, mediation_mode: 'video', mediation_channel: undefined, mediator_names: undefined };
    expect(build(mediationNotice, s).ctx.missing).toEqual(['mediator_names', 'mediation_channel']);
  });
});

describe('7.10 mediation_termination_notice (interim-1991)', () => {
  const cases: Array<[FixtureVariant['terminationReason'], string]> = [
    ['party_absent_or_refuses', '被投诉者经通知无正当理由未参加调解'],
    ['party_declares_no_agreement', '经调解，双方当事人未能达成协议'],
    ['time_limit_reached', '经调解，双方当事人未能达成协议'],
    ['no_agreement_on_appraisal', '双方当事人对鉴定、检测机构的选定或者费用承担未能达成一致'],
    ['consent_withdrawn', '经调解，双方当事人对退费金额分歧较大，未能达成协议'],
  ];
  it.each(cases)('%s', (reason, text) => {
    const r = make(mediationTerminationNotice, 'interim-1991', { outcome: 'termination', terminationReason: reason });
    expectLetter(r, '旅游投诉终止调解通知书', '王玥珺、某某国际旅行社有限公司：');
    expect(r.paras[0]).toBe(`王玥珺投诉某某国际旅行社有限公司擅自变更旅游行程一案，本局于2026年3月20日主持调解。因${text}，本局决定终止调解。`);
    expect(r.paras[1]).toBe('本局将依照《旅游投诉暂行规定》的规定，在调查核实、查明事实、分清责任的基础上，依法作出处理决定。在本局作出处理决定前，双方当事人仍可以自行和解；达成和解的，请及时告知本局。');
  });

  it('refusal without a named absent party; absent without a session uses the scheduled date', () => {
    const s = fixtureSource('interim-1991', { outcome: 'termination', terminationReason: 'party_absent_or_refuses' });
    const ev = fixtureEvent(s, 'terminate_mediation');
    ev.payload = { ...ev.payload, detail: '一方明确拒绝继续调解。' };
    expect(build(mediationTerminationNotice, s).ctx.terminationReasonText).toBe('一方当事人不同意调解或者明确表示拒绝继续调解');
    const a = fixtureSource('interim-1991', { outcome: 'termination', terminationReason: 'party_absent_or_refuses' });
    a.events = a.events.filter((e) => e.eventType !== 'record_mediation_session');
    expect(build(mediationTerminationNotice, a).ctx.mediationDates).toEqual(['2026年3月20日']);
    const n = fixtureSource('interim-1991', { outcome: 'termination' });
    n.events = n.events.filter((e) => e.eventType !== 'record_mediation_session');
    expect(build(mediationTerminationNotice, n).ctx.missing).toEqual(['mediation_dates']);
  });

  it('does not exist in measures-2010', () => {
    const r = make(mediationTerminationNotice, 'measures-2010', { outcome: 'termination' });
    expect(mediationTerminationNotice.info.titles['measures-2010']).toBeNull();
    expect(r.ctx.missing).toContain('profile');
  });
});

describe('7.12 penalty_prior_notice', () => {
  it.each(PROFILES)('%s: organisation party with hearing right', (profile) => {
    const r = make(penaltyPriorNotice, profile, { penalty: true }, { penaltyId: FIXTURE.penaltyId });
    expectLetter(r, '行政处罚事先告知书', '某某国际旅行社有限公司：');
    expect(r.paras[0]).toBe('本局于2026年3月23日对你单位涉嫌擅自变更旅游行程安排一案立案调查。经查明：2026年2月15日，当事人委派的导游张某在未经旅游者同意的情况下，取消合同约定的蜈支洲岛行程，安排旅游者前往购物场所购物，停留近三小时。');
    expect(r.paras[1]).toBe('以上事实，有旅游合同、行程单、现场录音、询问笔录等证据证明。');
    expect(r.paras[2]).toBe('你单位的上述行为违反了《中华人民共和国旅游法》第三十五条第一款的规定。依据《中华人民共和国旅游法》第九十八条的规定，鉴于当事人系初次违法且积极配合调查，本局拟对你单位作出如下行政处罚：（一）警告；（二）罚款人民币30000元（大写：叁万元整）。');
    expect(r.paras[3]).toBe('依照《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位享有陈述、申辩的权利。依照《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你单位有权要求举行听证。');
    expect(r.paras[4]).toBe('你单位如需陈述、申辩，应当自收到本告知书之日起五个工作日内（即2026年3月31日前）向本局提出；如要求听证，应当自收到本告知书之日起五日内（即2026年3月31日前）向本局提出。逾期未提出的，视为放弃上述权利。本局不因你单位陈述、申辩而给予更重的处罚。');
    expect(r.paras[5]).toBe('特此告知。');
    expect(r.blocks.at(-1)).toEqual({ kind: 'note', text: '（联系人：李明，联系电话：0731-12345678，地址：某某市某某区政务路2号）' });
    expectNoPrivateData(r.text);
    expect(r.text).not.toContain(C.name);
  });

  it('individual party without hearing right and without discretion reasons', () => {
    const s = without(fixtureSource('interim-1991', { penalty: true }), 'serve_prior_notice', 'discretion_reasons');
    s.penalties = s.penalties.map((p) => ({ ...p, organisationId: null, hearingRight: false, partyName: '张某' }));
    const r = build(penaltyPriorNotice, s, { penaltyId: FIXTURE.penaltyId });
    expect(r.ctx.missing).toEqual([]);
    expect(r.blocks[2]).toEqual({ kind: 'addressee', text: '张某：' });
    expect(r.paras[2]).toContain('依据《中华人民共和国旅游法》第九十八条的规定，本局拟对你作出如下行政处罚：（一）警告；（二）罚款人民币30000元（大写：叁万元整）。');
    expect(r.text).not.toContain('听证');
    expect(r.paras[4]).toBe('你如需陈述、申辩，应当自收到本告知书之日起五个工作日内（即2026年3月31日前）向本局提出。逾期未提出的，视为放弃上述权利。本局不因你陈述、申辩而给予更重的处罚。');
  });

  it('missing required particulars', () => {
    let s = fixtureSource('measures-2010', { penalty: true });
    for (const k of ['violation_summary', 'penalty_evidence', 'violated_provision', 'penalty_provision']) s = without(s, 'serve_prior_notice', k);
    expect(build(penaltyPriorNotice, s, { penaltyId: FIXTURE.penaltyId }).ctx.missing).toEqual(['violation_summary', 'penalty_evidence', 'violated_provision', 'penalty_provision']);
  });
});

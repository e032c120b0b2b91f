/**
 * 旅游投诉处理决定书 (documents.md §7.11, `interim-1991` only): parties, 案由, the procedure paragraph, the facts
 * found with their evidence, the reasoning and legal basis, the decision items of the four kinds, the penalty
 * recorded (另查明), the deposit sentence, the remedies and, for kind 4, the 抄送 of the receiving organ.
 */
import { DECISION_KINDS } from '../../server/domain/case/enums.ts';
import type { CaseEventRecord } from '../../server/domain/case/types.ts';
import { buildCaseFacts, type CaseFacts } from '../context/caseFacts.ts';
import { label } from '../context/labels.ts';
import { cnNumeral, ensureFullStop, inlineText, moneyText, moneyWithUpper, paragraphs, shanghaiDate, stripEndPunctuation, toCents } from '../format/index.ts';
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentSource, DocumentTypeInfo } from '../model.ts';
import {
  cnEnumerate, complainantPartyLines, fileEnding, fileOpening, handlerNote, latestEvent, latestIssued, mediationDates, missingOf, paras, payloadFlag,
  payloadList, payloadNumber, payloadText, penaltyItemText, performanceDue, replyNoticeFacts, respondentPartyLines, supersessionSentence, titleOf,
} from './common.ts';
import { respondentPays, structuredTerms, type StructuredTerm } from './mediationAgreement.ts';
import { mediationOutcomeText } from './mediationTerminationDocument.ts';
import { mediationDatesOf, terminationReasonOf } from './mediationTerminationNotice.ts';
import { decidedItems, penaltyOf } from './penaltyDecision.ts';

export interface HandlingDecisionContext extends BaseContext {
  partyLines: string[];
  self: string;
  disputeNature: string;
  receivedDate: string;
  complaintSubject: string;
  acceptedDate: string;
  replyNoticeServedDate: string;
  replyNoticeNumber: string;
  replyReceivedDate: string;
  mediationDates: string;
  mediationOutcomeText: string;
  rules: string;
  complaintClaimSummary: string;
  requests: string[];
  replySummary: string;
  factsFound: string[];
  /** `{name}（{kind}）` per evidence item */
  evidenceList: string[];
  reasoning: string;
  legalBasis: string[];
  /** 1 投诉者自身过错 · 2 共同过错 · 3 被投诉者过错 · 4 其他部门过错; 0 when unknown */
  decisionKind: number;
  decisionKindLabel: string;
  /** the decision items, numbered 一、二、… */
  decisionItems: string[];
  /** the 另查明 paragraphs, one per penalty decision */
  penaltyParagraphs: string[];
  depositSentence: string;
  reconsiderationOrgan: string;
  court: string;
  cc: string[];
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'handling_decision',
  titles: { 'interim-1991': '旅游投诉处理决定书', 'measures-2010': null },
  family: 'file',
  prefix: '旅投决字',
  shortName: { 'interim-1991': '决定书', 'measures-2010': '决定书' },
  internal: false,
  sealed: true,
  sealMandatory: true,
  issuedOn: ['issue_decision'],
  per: 'case',
  recipients: { complainant: true, respondent: true },
};

/** Whether a structured order binds a complainant or a respondent. */
function isComplainantTerm(facts: CaseFacts, t: StructuredTerm): boolean {
  return facts.complainants.some((p) => p.partyId === t.obligorPartyId || p.name === t.obligor) || t.obligor === '投诉者';
}
function isRespondentTerm(facts: CaseFacts, t: StructuredTerm): boolean {
  return facts.respondents.some((r) => r.partyId === t.obligorPartyId || r.name === t.obligor) || t.obligor === '被投诉者';
}

/** Decision items of §7.11 by kind; the `missing` keys they lack. */
function decisionItems(
  source: DocumentSource,
  facts: CaseFacts,
  decision: CaseEventRecord,
  kind: number,
): { items: string[]; missing: Record<string, string>; respondentPays: boolean } {
  const text = (k: string) => payloadText(decision, k);
  const orders = structuredTerms(decision, 'orders');
  const start = shanghaiDate(decision.occurredAt);
  const payOrder = (who: 'complainant' | 'respondent') =>
    orders.find((t) => (t.kind === 'pay' || t.kind === 'refund') && (who === 'complainant' ? isComplainantTerm(facts, t) : isRespondentTerm(facts, t)));
  const due = (t: StructuredTerm | undefined) => (t ? performanceDue(source, start, t.performanceDays) : '');
  const missing: Record<string, string> = {};
  const items: string[] = [];
  let respondentPays = false;
  const compensation = text('compensation_amount');
  const cost = text('handling_cost_amount');
  const pc = payloadNumber(decision, 'complainant_share_pct');
  const pr = payloadNumber(decision, 'respondent_share_pct');
  const compensate = (who: 'complainant' | 'respondent', amount: string) => {
    const d = due(payOrder(who));
    if (d === '') missing.orders = '';
    if (who === 'respondent') respondentPays = true;
    return who === 'complainant'
      ? `投诉者于${d}前赔偿被投诉者经济损失${moneyWithUpper(amount)}。`
      : `被投诉者于${d}前赔偿投诉者经济损失${moneyWithUpper(amount)}。`;
  };
  switch (kind) {
    case 1:
      items.push('撤销本案立案。');
      if (payloadFlag(decision, 'apology_ordered')) items.push('投诉者向被投诉者赔礼道歉。');
      if (compensation !== '') items.push(compensate('complainant', compensation));
      break;
    case 2: {
      // both shares are required and must add up to 100 (procedure.md §6.1)
      if (pc === null || pc + (pr ?? 0) !== 100) missing.share_complainant = '';
      if (pr === null || (pc ?? 0) + pr !== 100) missing.share_respondent = '';
      items.push(`投诉者与被投诉者对本案纠纷负共同责任，投诉者承担${pc ?? ''}%的责任，被投诉者承担${pr ?? ''}%的责任。`);
      const loss = text('loss_amount');
      const amount = compensation || (loss !== '' && pr !== null ? centsText(Math.round((toCents(loss) * pr) / 100)) : '');
      if (amount !== '' && toCents(amount) > 0) items.push(compensate('respondent', amount));
      else {
        const days = orders[0]?.performanceDays ?? NaN;
        if (!Number.isInteger(days) || days < 1 || days > 9999) missing.orders = '';
        const n = Number.isInteger(days) && days >= 1 && days <= 9999 ? cnNumeral(days) : '';
        items.push(`双方当事人各自承担责任的具体方式，由双方当事人自收到本决定书之日起${n}日内协商确定；协商不成的，按照本决定第一项确定的比例承担。`);
      }
      if (cost !== '' && pc !== null && pr !== null) {
        const total = toCents(cost);
        const forComplainant = Math.round((total * pc) / 100);
        items.push(`本案调查处理费用${moneyWithUpper(cost)}，由投诉者负担${centsText(forComplainant)}元，被投诉者负担${centsText(total - forComplainant)}元。`);
      }
      break;
    }
    case 3:
      if (payloadFlag(decision, 'apology_ordered')) items.push('被投诉者向投诉者赔礼道歉。');
      if (compensation !== '') items.push(compensate('respondent', compensation));
      if (cost !== '') items.push(`被投诉者承担本案全部调查处理费用${moneyWithUpper(cost)}。`);
      if (items.length === 0) missing.orders = '';
      break;
    case 4: {
      const other = stripEndPunctuation(inlineText(text('other_department')));
      const organ = stripEndPunctuation(inlineText(text('receiving_department')));
      if (other === '') missing.other_department = '';
      if (organ === '') missing.transfer_organ = '';
      const letter = latestIssued(source, 'transfer_letter');
      items.push(`本案纠纷系${other}的过错所致，${facts.self}决定将本案转送${organ}处理${letter ? `（${letter.number}）` : ''}。`);
      break;
    }
    default:
      missing.decision_kind = '';
  }
  return { items: items.map((t, i) => `${cnNumeral(i + 1)}、${t}`), missing, respondentPays };
}

/** Amount digits of integer cents (3600 / 3600.50). */
function centsText(cents: number): string {
  return moneyText(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
}

/**
 * The 另查明 paragraphs (§7.11): one per penalty proceeding against a respondent that reached a decision; its
 * 行政处罚决定书 must already be issued. `complete` is false when a number or the violated provision is lacking.
 */
function penaltyParagraphs(source: DocumentSource, facts: CaseFacts): { paragraphs: string[]; complete: boolean } {
  let complete = true;
  const out: string[] = [];
  for (const p of source.penalties) {
    const againstRespondent = facts.respondents.some((r) => r.name === inlineText(p.partyName))
      || source.parties.some((x) => x.partyRole === 'respondent' && x.organisationId !== null && x.organisationId === p.organisationId);
    const { events } = penaltyOf(source, p.id);
    const decided = events.some((e) => e.eventType === 'decide_penalty');
    const doc = latestIssued(source, 'penalty_decision', (d) => d.penaltyId === p.id);
    if (!againstRespondent || (!decided && !doc)) continue;
    const violated = stripEndPunctuation(inlineText(payloadText(latestEvent({ events }, ['serve_prior_notice']), 'violated_provision')));
    const summary = decidedItems(p, events).map((i) => penaltyItemText(i, facts.respondent.isTravelAgency)).join('；');
    if (!doc || violated === '' || summary === '') complete = false;
    out.push(`另查明，被投诉者的上述行为违反了${violated}的规定。${facts.self}已依法对被投诉者作出行政处罚（《行政处罚决定书》${doc?.number ?? ''}），处罚内容为：${summary}。`);
  }
  return { paragraphs: out, complete };
}

export const handlingDecision: DocumentModule<HandlingDecisionContext> = {
  info,
  buildContext(source, target, stamp) {
    const facts = buildCaseFacts(source);
    const decision = latestEvent(source, ['issue_decision'], (e) => e.penaltyId === null);
    const text = (k: string) => payloadText(decision, k);
    const kind = DECISION_KINDS.indexOf(text('decision_kind') as (typeof DECISION_KINDS)[number]) + 1;
    const reply = replyNoticeFacts(source, facts.respondent.partyId);
    // the meetings held: as the 终止调解通知书 counts them when mediation was terminated (§7.10), else all sessions
    const termination = latestEvent(source, ['terminate_mediation'], (e) => e.penaltyId === null);
    const code = termination ? terminationReasonOf(payloadText(termination, 'termination_reason'), payloadText(termination, 'detail'), facts).code : 'no_agreement';
    const mediation = termination ? mediationDatesOf(source, termination, code) : latestEvent(source, ['start_mediation']) ? mediationDates(source) : [];
    const evidenceIds = payloadList(decision, 'evidence_ids').map(Number);
    const evidence = evidenceIds
      .map((id) => source.evidence.find((e) => e.id === id))
      .filter((e) => e !== undefined)
      .map((e) => {
        const name = stripEndPunctuation(inlineText(e.description));
        const k = label('evidence_kind', e.evidenceKind);
        return k === '' ? name : `${name}（${k}）`;
      });
    const legalBasis = stripEndPunctuation(inlineText(text('legal_basis'))).split('、').map((s) => s.trim()).filter((s) => s !== '');
    const items = decision ? decisionItems(source, facts, decision, kind) : { items: [], missing: { decision_kind: '' }, respondentPays: false };
    const penalties = penaltyParagraphs(source, facts);
    const respondentOwes = items.respondentPays || respondentPays(facts, structuredTerms(decision, 'orders'));
    const organ = stripEndPunctuation(inlineText(text('receiving_department')));
    const ctx: HandlingDecisionContext = {
      type: 'handling_decision',
      profile: source.profile,
      title: titleOf(info, source.profile),
      documentNumber: stamp.number,
      dateText: stamp.dateText,
      missing: [],
      partyLines: [
        ...complainantPartyLines(facts, { nationality: true, work: false, agent: false }),
        ...respondentPartyLines(facts, { licence: true, agent: false }),
      ],
      self: facts.self,
      disputeNature: stripEndPunctuation(inlineText(text('case_cause'))) || facts.disputeNature,
      receivedDate: facts.receivedDate,
      complaintSubject: facts.complaintSubject,
      acceptedDate: facts.acceptedDate,
      replyNoticeServedDate: reply.servedDate,
      replyNoticeNumber: reply.number,
      replyReceivedDate: reply.receivedDate,
      mediationDates: mediation.join('、'),
      mediationOutcomeText: mediationOutcomeText(termination, facts),
      rules: facts.citations.rules,
      complaintClaimSummary: ensureFullStop(inlineText(text('complaint_claim_summary'))),
      requests: facts.requests,
      replySummary: reply.receivedDate === '' ? '' : ensureFullStop(inlineText(text('reply_summary'))),
      factsFound: paragraphs(text('facts_found')),
      evidenceList: evidence,
      reasoning: ensureFullStop(inlineText(text('reasoning') || (kind === 1 ? text('cancellation_reasons') : ''))),
      legalBasis,
      decisionKind: kind,
      decisionKindLabel: kind > 0 ? label('decision_kind', DECISION_KINDS[kind - 1]) : '',
      decisionItems: items.items,
      penaltyParagraphs: penalties.paragraphs,
      depositSentence: facts.respondent.isTravelAgency && respondentOwes
        ? `被投诉者逾期不履行本决定确定的赔偿义务的，${facts.self}将依照${facts.citations.rules_deposit}的规定，以其旅游服务质量保证金赔付。`
        : '',
      reconsiderationOrgan: facts.reconsiderationOrgan,
      court: facts.court,
      cc: kind === 4 && organ !== '' ? [organ] : [],
      supersession: supersessionSentence(info, source.profile, facts.self, target),
      note: handlerNote(facts),
    };
    ctx.missing = missingOf({
      complainant_name: facts.complainant.name,
      respondent_name: facts.respondents.length > 0 ? facts.respondent.name : '',
      dispute_nature: ctx.disputeNature,
      received_date: ctx.receivedDate,
      complaint_subject: ctx.complaintSubject,
      accepted_date: ctx.acceptedDate,
      reply_notice_number: ctx.replyNoticeNumber,
      reply_notice_served_date: ctx.replyNoticeServedDate,
      facts_found: ctx.factsFound,
      evidence_list: ctx.evidenceList,
      reasoning: ctx.reasoning,
      legal_basis: ctx.legalBasis,
      decision_kind: kind > 0 ? String(kind) : '',
      ...items.missing,
      ...(penalties.complete ? {} : { penalty_ref: '' }),
      reconsideration_organ: ctx.reconsiderationOrgan,
      court: ctx.court,
    });
    return ctx;
  },
  buildBlocks(ctx) {
    const procedure =
      `投诉者于${ctx.receivedDate}向${ctx.self}投诉被投诉者${ctx.complaintSubject}。${ctx.self}于${ctx.acceptedDate}受理后，于${ctx.replyNoticeServedDate}向被投诉者送达了《旅游投诉答复通知书》（${ctx.replyNoticeNumber}）及投诉书副本。` +
      (ctx.replyReceivedDate === '' ? '被投诉者在规定期限内未作书面答复。' : `被投诉者于${ctx.replyReceivedDate}作出书面答复。`) +
      (ctx.mediationDates === '' ? '双方当事人未同意调解。' : `${ctx.self}于${ctx.mediationDates}主持调解，${ctx.mediationOutcomeText}。`) +
      `${ctx.self}依照${ctx.rules}的规定，在调查核实的基础上对本案作出处理。`;
    const claims = `${ctx.complaintClaimSummary === '' ? '' : `投诉者称：${ctx.complaintClaimSummary}`}投诉者请求：${cnEnumerate(ctx.requests)}。`;
    const blocks: Block[] = [
      ...fileOpening(ctx.title),
      ...paras([...ctx.partyLines, `案由：${ctx.disputeNature}`]),
      ...paras([
        procedure,
        claims,
        ctx.replySummary === '' ? '' : `被投诉者答复称：${ctx.replySummary}`,
        `经调查核实，${ctx.self}认定以下事实：`,
        ...ctx.factsFound,
        `上述事实，有下列证据证明：${ctx.evidenceList.map((e, i) => `${i + 1}.${e}`).join('；')}。`,
        `${ctx.self}认为：${ctx.reasoning}`,
        `依据${ctx.legalBasis.join('、')}的规定，${ctx.self}决定如下：`,
        ...ctx.decisionItems,
        ...ctx.penaltyParagraphs,
        ctx.depositSentence,
        ctx.supersession,
        `当事人如不服本决定，可以自收到本决定书之日起六十日内向${ctx.reconsiderationOrgan}申请行政复议，也可以自收到本决定书之日起六个月内直接向${ctx.court}提起行政诉讼。逾期不申请行政复议、不提起行政诉讼，又不履行本决定的，${ctx.self}将依法申请人民法院强制执行。`,
      ]),
      ...fileEnding({ note: ctx.note, cc: ctx.cc }),
    ];
    return blocks;
  },
};

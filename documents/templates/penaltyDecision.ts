/**
 * 行政处罚决定书 (documents.md §7.13) with the six contents of 行政处罚法 art. 59: the party (当事人 block), the facts
 * and evidence, the penalties and their legal basis, the manner and time limit of performance, the remedies, and
 * the organ and date (署名, 成文日期, seal). Built from the penalty proceeding's events (serve_prior_notice,
 * record_statement, request_hearing / hold_hearing, decide_penalty).
 */
import type { CaseEventRecord, PenaltyProceeding } from '../../server/domain/case/types.ts';
import { buildCaseFacts } from '../context/caseFacts.ts';
import { label } from '../context/labels.ts';
import { cnNumeral, ensureFullStop, formatDate, inlineText, maskIdNumber, paragraphs, stripEndPunctuation } from '../format/index.ts';
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentSource, DocumentTypeInfo } from '../model.ts';
import {
  fileEnding, fileOpening, handlerNote, latestEvent, latestIssued, missingOf, paras, payloadDate, payloadFlag, payloadList, payloadText, penaltyItemText,
  supersessionSentence, titleOf,
} from './common.ts';

/** A penalty item of a payload (`{ type, amount? }`). */
export interface PenaltyItem {
  type: string;
  amount: number | null;
}

/** The items of a payload list (proposed_items / items) or of the proceeding. */
export function penaltyItems(list: readonly unknown[]): PenaltyItem[] {
  return list.map((raw) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const amount = typeof r.amount === 'number' ? r.amount : typeof r.amount === 'string' && r.amount.trim() !== '' ? Number(r.amount) : NaN;
    return { type: typeof r.type === 'string' ? r.type : '', amount: Number.isFinite(amount) ? amount : null };
  });
}

/** Types whose text carries an amount (required). */
const MONEY_TYPES = new Set(['fine', 'confiscate_illegal_gains']);

/** The proceeding of a target and its events in timeline order. */
export function penaltyOf(source: DocumentSource, penaltyId: number | null | undefined): { proceeding: PenaltyProceeding | null; events: CaseEventRecord[] } {
  const proceeding = source.penalties.find((p) => p.id === penaltyId) ?? null;
  const events = proceeding ? source.events.filter((e) => e.penaltyId === proceeding.id).sort((a, b) => a.seq - b.seq) : [];
  return { proceeding, events };
}

/** The items decided for a proceeding (decide_penalty payload, else the proceeding's decided items). */
export function decidedItems(proceeding: PenaltyProceeding, events: readonly CaseEventRecord[]): PenaltyItem[] {
  const decide = latestEvent({ events: [...events] }, ['decide_penalty']);
  const list = payloadList(decide, 'items');
  return penaltyItems(list.length > 0 ? list : proceeding.decidedItems);
}

/** Types that need no act of performance (warning, circulated criticism) or are paid as fines. */
const SELF_EXECUTING = new Set(['warning', 'circulated_criticism', 'fine']);

export interface PenaltyDecisionContext extends BaseContext {
  partyName: string;
  /** organisation → 你单位, individual → 你 */
  you: string;
  /** the line after 当事人 (USCC, address, legal representative; or sex, ID, address) */
  partyDetails: string;
  self: string;
  caseFiledDate: string;
  violationSummary: string;
  penaltyFacts: string[];
  penaltyEvidence: string[];
  priorNoticeServedDate: string;
  priorNoticeNumber: string;
  hearingEligible: boolean;
  /** the statement / hearing sentences after the prior-notice sentence */
  proceedings: string;
  violatedProvision: string;
  penaltyProvision: string;
  discretionReasons: string;
  penalties: string[];
  hasFine: boolean;
  fineBank: string;
  fineEPayment: string;
  lawPenalty: string;
  performanceText: string;
  reconsiderationOrgan: string;
  court: string;
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'penalty_decision',
  titles: { 'interim-1991': '行政处罚决定书', 'measures-2010': '行政处罚决定书' },
  family: 'file',
  prefix: '旅罚决字',
  shortName: { 'interim-1991': '决定书', 'measures-2010': '决定书' },
  internal: false,
  sealed: true,
  sealMandatory: true,
  issuedOn: ['decide_penalty'],
  per: 'penalty',
  recipients: { complainant: false, respondent: true },
};

/** `a。b。` — the non-empty sentences. */
function sentences(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').map((p) => `${p}。`).join('');
}

export const penaltyDecision: DocumentModule<PenaltyDecisionContext> = {
  info,
  buildContext(source, target, stamp) {
    const facts = buildCaseFacts(source);
    const { proceeding, events } = penaltyOf(source, target.penaltyId);
    const evs = { events };
    const filed = latestEvent(evs, ['file_penalty']);
    const prior = latestEvent(evs, ['serve_prior_notice']);
    const statement = latestEvent(evs, ['record_statement']);
    const hearingRequest = latestEvent(evs, ['request_hearing']);
    const hearingNotice = latestEvent(evs, ['serve_hearing_notice']);
    const hearing = latestEvent(evs, ['hold_hearing']);
    const decide = latestEvent(evs, ['decide_penalty']);
    const short = (e: CaseEventRecord | null, k: string) => stripEndPunctuation(inlineText(payloadText(e, k)));

    const organisation = proceeding?.organisationId != null;
    const you = organisation ? '你单位' : '你';
    const byOrganisation = (r: { partyId: number }) => source.parties.some((p) => p.id === r.partyId && p.organisationId === proceeding?.organisationId);
    const respondent = organisation
      ? (facts.respondents.find(byOrganisation) ?? facts.respondents.find((r) => r.name === inlineText(proceeding?.partyName)))
      : undefined;
    const person = organisation ? undefined : source.parties.find((p) => inlineText(p.name) === inlineText(proceeding?.partyName));
    const org = organisation ? source.organisations.find((o) => o.id === proceeding?.organisationId) : undefined;
    const address = short(decide, 'party_address') || respondent?.address || inlineText(org?.address) || inlineText(person?.address);
    const uscc = respondent?.uscc || inlineText(org?.uscc);
    const legalRep = respondent?.legalRep || inlineText(org?.legalRepresentative);
    const partyDetails = organisation
      ? sentences([uscc === '' ? '' : `统一社会信用代码：${uscc}`, address === '' ? '' : `住所：${address}`, legalRep === '' ? '' : `法定代表人（负责人）：${legalRep}`])
      : sentences([
        person?.gender === 'male' || person?.gender === 'female' ? `性别：${label('gender', person.gender)}` : '',
        person?.idNumber ? `身份证件号码：${maskIdNumber(person.idType, person.idNumber)}` : '',
        address === '' ? '' : `住址：${address}`,
      ]);

    const hearingEligible = proceeding?.hearingRight === true;
    const priorDoc = proceeding ? latestIssued(source, 'penalty_prior_notice', (d) => d.penaltyId === proceeding.id) : null;
    let proceedings = '';
    if (statement) {
      const review = ensureFullStop(inlineText(payloadText(statement, 'review')))
        || (payloadFlag(statement, 'adopted') ? `${you}提出的陈述、申辩意见成立，予以采纳。` : `${you}提出的陈述、申辩意见不能成立，不予采纳。`);
      proceedings += `${you}于${formatDate(statement.occurredAt)}提出陈述、申辩，称：${ensureFullStop(inlineText(payloadText(statement, 'statement')))}经复核，${facts.self}认为：${review}`;
    } else {
      proceedings += `${you}在规定期限内未提出陈述、申辩${hearingEligible && !hearingRequest ? '，也未要求听证' : ''}。`;
    }
    if (hearing) {
      const held = payloadDate(hearingNotice, 'hearing_date') || formatDate(hearing.occurredAt);
      proceedings += `${facts.self}于${held}依法举行听证，${ensureFullStop(inlineText(payloadText(hearing, 'record')))}`;
    }

    const items = proceeding ? decidedItems(proceeding, events) : [];
    // the item texts of the 事先告知书 (§7.12), with the licence named for a travel agency
    const texts = items.map((i) => penaltyItemText(i, respondent?.isTravelAgency === true));
    const amountsGiven = items.every((i) => !MONEY_TYPES.has(i.type) || (i.amount !== null && i.amount > 0));
    const hasFine = items.some((i) => i.type === 'fine');
    const needsPerformance = items.some((i) => !SELF_EXECUTING.has(i.type));
    const evidence = payloadText(prior, 'penalty_evidence')
      .split(/[、；;\n]/)
      .map((s) => stripEndPunctuation(inlineText(s)))
      .filter((s) => s !== '');
    const ctx: PenaltyDecisionContext = {
      type: 'penalty_decision',
      profile: source.profile,
      title: titleOf(info, source.profile),
      documentNumber: stamp.number,
      dateText: stamp.dateText,
      missing: [],
      partyName: inlineText(proceeding?.partyName),
      you,
      partyDetails,
      self: facts.self,
      caseFiledDate: filed ? formatDate(filed.occurredAt) : '',
      violationSummary: short(prior, 'violation_summary'),
      penaltyFacts: paragraphs(payloadText(decide, 'facts_and_evidence') || payloadText(prior, 'facts')),
      penaltyEvidence: evidence.length > 0 ? evidence : source.evidence.filter((e) => e.verificationStatus === 'verified').map((e) => stripEndPunctuation(inlineText(e.description))),
      priorNoticeServedDate: payloadDate(prior, 'served_on'),
      priorNoticeNumber: priorDoc?.number ?? '',
      hearingEligible,
      proceedings,
      violatedProvision: short(prior, 'violated_provision'),
      penaltyProvision: short(prior, 'penalty_provision') || short(decide, 'legal_basis'),
      discretionReasons: short(prior, 'discretion_reasons'),
      penalties: texts,
      hasFine,
      fineBank: facts.fineBank,
      fineEPayment: facts.fineEPayment,
      lawPenalty: facts.citations.law_penalty,
      performanceText: needsPerformance ? ensureFullStop(inlineText(payloadText(decide, 'performance_manner'))) : '',
      reconsiderationOrgan: facts.reconsiderationOrgan,
      court: facts.court,
      supersession: supersessionSentence(info, source.profile, facts.self, target),
      note: handlerNote(facts),
    };
    ctx.missing = missingOf({
      party_name: ctx.partyName,
      ...(organisation ? { party_uscc: uscc, party_legal_rep: legalRep } : {}),
      party_address: address,
      case_filed_date: ctx.caseFiledDate,
      violation_summary: ctx.violationSummary,
      penalty_facts: ctx.penaltyFacts,
      penalty_evidence: ctx.penaltyEvidence,
      violated_provision: ctx.violatedProvision,
      penalty_provision: ctx.penaltyProvision,
      penalties: texts.length > 0 && amountsGiven ? texts : [],
      prior_notice_ref: ctx.priorNoticeNumber !== '' && ctx.priorNoticeServedDate !== '' ? ctx.priorNoticeNumber : '',
      ...(hearingRequest && !hearing ? { hearing: '' } : {}),
      ...(hasFine ? { fine_bank: ctx.fineBank } : {}),
      ...(needsPerformance ? { performance_text: ctx.performanceText } : {}),
      reconsideration_organ: ctx.reconsiderationOrgan,
      court: ctx.court,
    });
    return ctx;
  },
  buildBlocks(ctx) {
    const y = ctx.you;
    const blocks: Block[] = [
      ...fileOpening(ctx.title),
      ...paras([`当事人：${ctx.partyName}`, ctx.partyDetails]),
      ...paras([
        `${ctx.self}于${ctx.caseFiledDate}对${y}涉嫌${ctx.violationSummary}一案立案调查。经查明：`,
        ...ctx.penaltyFacts,
        `以上事实，有下列证据证明：${ctx.penaltyEvidence.map((e, i) => `${i + 1}.${e}`).join('；')}。`,
        `${ctx.self}于${ctx.priorNoticeServedDate}向${y}送达了《行政处罚事先告知书》（${ctx.priorNoticeNumber}），告知${y}拟作出行政处罚的内容及事实、理由、依据，以及${y}依法享有的陈述、申辩${ctx.hearingEligible ? '、要求听证' : ''}等权利。${ctx.proceedings}`,
        `${ctx.self}认为：${y}的上述行为违反了${ctx.violatedProvision}的规定。依据${ctx.penaltyProvision}的规定，${ctx.discretionReasons === '' ? '' : `鉴于${ctx.discretionReasons}，`}${ctx.self}决定对${y}作出如下行政处罚：`,
        ...ctx.penalties.map((p, i) => `（${cnNumeral(i + 1)}）${p}。`),
        ctx.hasFine
          ? `${y}应当自收到本决定书之日起十五日内，到${ctx.fineBank}缴纳罚款${ctx.fineEPayment === '' ? '' : `，或者通过${ctx.fineEPayment}缴纳`}。到期不缴纳罚款的，${ctx.self}将依照${ctx.lawPenalty}第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。`
          : '',
        ctx.performanceText,
        ctx.supersession,
        `${y}如不服本处罚决定，可以自收到本决定书之日起六十日内向${ctx.reconsiderationOrgan}申请行政复议，也可以自收到本决定书之日起六个月内直接向${ctx.court}提起行政诉讼。行政复议和行政诉讼期间，本处罚决定不停止执行，法律另有规定的除外。逾期不申请行政复议、不提起行政诉讼，又不履行本处罚决定的，${ctx.self}将依法申请人民法院强制执行。`,
      ]),
      ...fileEnding({ note: ctx.note }),
    ];
    return blocks;
  },
};

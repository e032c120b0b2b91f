/** 行政处罚事先告知书, one per penalty proceeding, to the party to be penalised — documents.md §7.12. */
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentTypeInfo } from '../model.ts';
import { buildCaseFacts } from '../context/caseFacts.ts';
import { cnNumeral, formatDate, inlineText, paragraphs, stripEndPunctuation } from '../format/index.ts';
import {
  baseContext, cnEnumerate, dueDateText, latestEvent, letterClosing, letterOpening, missingOf, paras, payloadList, payloadNumber, payloadText,
  penaltyItemText, supersessionSentence,
} from './common.ts';

/** Default period for statement and defence in working days (§6.4: 5, a setting). */
export const DEFAULT_STATEMENT_DAYS = 5;
/** Hearing request period (行政处罚法 art. 64: 五日, working days per art. 85). */
const HEARING_DAYS = 5;

export interface PenaltyPriorNoticeContext extends BaseContext {
  penaltyId: number;
  partyName: string;
  /** 你单位 for an organisation, 你 for an individual */
  you: string;
  caseFiledDate: string;
  violationSummary: string;
  /** the facts found, one string per paragraph (the first follows 经查明：) */
  penaltyFacts: string[];
  penaltyEvidence: string;
  violatedProvision: string;
  penaltyProvision: string;
  discretionReasons: string;
  /** printed penalties, e.g. 罚款人民币30000元（大写：叁万元整） */
  penalties: string[];
  hearingEligible: boolean;
  statementDays: number;
  statementDaysCn: string;
  statementDueDate: string;
  hearingDueDate: string;
  lawPenalty: string;
  self: string;
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'penalty_prior_notice',
  titles: { 'interim-1991': '行政处罚事先告知书', 'measures-2010': '行政处罚事先告知书' },
  family: 'letter',
  prefix: '旅罚告字',
  shortName: { 'interim-1991': '告知书', 'measures-2010': '告知书' },
  internal: false,
  sealed: true,
  sealMandatory: false,
  issuedOn: ['serve_prior_notice'],
  per: 'penalty',
  recipients: { complainant: false, respondent: true },
};

export const penaltyPriorNotice: DocumentModule<PenaltyPriorNoticeContext> = {
  info,

  buildContext(source, target, stamp) {
    const f = buildCaseFacts(source);
    const penaltyId = target.penaltyId ?? source.penalties[0]?.id ?? 0;
    const proceeding = source.penalties.find((p) => p.id === penaltyId) ?? null;
    const ofPenalty = (e: { penaltyId: number | null }) => e.penaltyId === penaltyId;
    const filed = latestEvent(source, ['file_penalty'], ofPenalty);
    const ev = latestEvent(source, ['serve_prior_notice'], ofPenalty);
    const organisationId = proceeding?.organisationId ?? null;
    const party = source.parties.find((p) => p.partyRole === 'respondent' && organisationId !== null && p.organisationId === organisationId);
    const items = payloadList(ev, 'proposed_items') as Array<{ type: string; amount?: number | null }>;
    const penalties = items.map((i) => penaltyItemText(i, party?.respondentType === 'travel_agency'));
    const statementDays = payloadNumber(ev, 'statement_days') ?? DEFAULT_STATEMENT_DAYS;
    const servedOn = payloadText(ev, 'served_on');
    const hearingEligible = proceeding?.hearingRight ?? false;
    const values = {
      party_name: inlineText(proceeding?.partyName ?? payloadText(filed, 'party_name')),
      case_filed_date: filed ? formatDate(filed.occurredAt) : '',
      violation_summary: stripEndPunctuation(inlineText(payloadText(ev, 'violation_summary'))),
      penalty_facts: paragraphs(payloadText(ev, 'facts')),
      penalty_evidence: stripEndPunctuation(inlineText(payloadText(ev, 'penalty_evidence'))),
      violated_provision: stripEndPunctuation(inlineText(payloadText(ev, 'violated_provision'))),
      penalty_provision: stripEndPunctuation(inlineText(payloadText(ev, 'penalty_provision'))),
      penalties,
    };
    return {
      ...baseContext(info, source.profile, stamp, missingOf(values)),
      penaltyId,
      partyName: values.party_name,
      you: organisationId !== null ? '你单位' : '你',
      caseFiledDate: values.case_filed_date,
      violationSummary: values.violation_summary,
      penaltyFacts: values.penalty_facts,
      penaltyEvidence: values.penalty_evidence,
      violatedProvision: values.violated_provision,
      penaltyProvision: values.penalty_provision,
      discretionReasons: stripEndPunctuation(inlineText(payloadText(ev, 'discretion_reasons'))),
      penalties,
      hearingEligible,
      statementDays,
      statementDaysCn: cnNumeral(statementDays),
      // the notice is issued when it is served, so the service date is known
      statementDueDate: servedOn === '' ? '' : dueDateText(source, servedOn, 'working_day', statementDays),
      hearingDueDate: servedOn === '' || !hearingEligible ? '' : dueDateText(source, servedOn, 'working_day', HEARING_DAYS),
      lawPenalty: f.citations.law_penalty,
      self: f.self,
      supersession: supersessionSentence(info, source.profile, f.self, target),
      note: f.handlerName === '' && f.handlerPhone === '' ? '' : `（联系人：${f.handlerName}，联系电话：${f.handlerPhone}，地址：${f.agencyAddress}）`,
    };
  },

  buildBlocks(c): Block[] {
    const s = c.self;
    const y = c.you;
    const [firstFact = '', ...moreFacts] = c.penaltyFacts;
    const discretion = c.discretionReasons === '' ? '' : `鉴于${c.discretionReasons}，`;
    const hearingRight = c.hearingEligible ? `依照${c.lawPenalty}第六十三条、第六十四条的规定，${y}有权要求举行听证。` : '';
    const statementDue = c.statementDueDate === '' ? '' : `（即${c.statementDueDate}前）`;
    const hearingDue = c.hearingDueDate === '' ? '' : `（即${c.hearingDueDate}前）`;
    const hearingRequest = c.hearingEligible ? `；如要求听证，应当自收到本告知书之日起五日内${hearingDue}向${s}提出` : '';
    return [
      ...letterOpening(c.title, `${c.partyName}：`),
      ...paras([
        `${s}于${c.caseFiledDate}对${y}涉嫌${c.violationSummary}一案立案调查。经查明：${firstFact}`,
        ...moreFacts,
        `以上事实，有${c.penaltyEvidence}等证据证明。`,
        `${y}的上述行为违反了${c.violatedProvision}的规定。依据${c.penaltyProvision}的规定，${discretion}${s}拟对${y}作出如下行政处罚：${cnEnumerate(c.penalties)}。`,
        `依照${c.lawPenalty}第四十四条、第四十五条的规定，${y}享有陈述、申辩的权利。${hearingRight}`,
        `${y}如需陈述、申辩，应当自收到本告知书之日起${c.statementDaysCn}个工作日内${statementDue}向${s}提出${hearingRequest}。逾期未提出的，视为放弃上述权利。${s}不因${y}陈述、申辩而给予更重的处罚。`,
      ]),
      ...letterClosing({ supersession: c.supersession, closing: '特此告知。', note: c.note }),
    ];
  },
};

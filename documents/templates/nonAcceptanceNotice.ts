/** 旅游投诉不予受理通知书 — documents.md §7.3. */
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentTypeInfo } from '../model.ts';
import type { ProfileKey } from '../../server/domain/procedure/profiles.ts';
import type { RefusalGround } from '../../server/domain/case/enums.ts';
import { buildCaseFacts } from '../context/caseFacts.ts';
import type { Citations } from '../context/citations.ts';
import { inlineText, stripEndPunctuation } from '../format/index.ts';
import {
  baseContext, handlerNote, latestEvent, letterClosing, letterOpening, missingOf, paras, payloadList, payloadText, respondentNamesOrUnknown, supersessionSentence,
} from './common.ts';

/** The reason codes of §7.3. */
export type NonAcceptanceReasonCode = 'no_direct_interest' | 'no_clear_claim' | 'out_of_scope' | 'time_barred' | 'handled_elsewhere' | 'already_handled' | 'no_jurisdiction' | 'other';

/** Our refusal grounds (procedure.md §3.5) → the reason codes of the notice. */
export const REASON_CODE_OF_GROUND: Readonly<Record<RefusalGround, NonAcceptanceReasonCode>> = {
  no_direct_interest: 'no_direct_interest',
  no_clear_respondent: 'no_clear_claim',
  no_specific_request: 'no_clear_claim',
  no_factual_basis: 'no_clear_claim',
  outside_scope: 'out_of_scope',
  other_economic_dispute: 'out_of_scope',
  filing_window_expired: 'time_barred',
  handled_elsewhere: 'handled_elsewhere',
  already_handled_no_new_facts: 'already_handled',
  outside_jurisdiction: 'no_jurisdiction',
  supplement_not_provided: 'other',
};

/** `configurable`: the officer's citation if given, else `rules_scope`; `officer`: the officer's, else `rules_form`. */
type CitationRule = string | 'configurable' | 'officer';

/** Reason text ({self} filled in later) and citation per profile (§7.3 table). */
const REASONS: Record<ProfileKey, Record<Exclude<NonAcceptanceReasonCode, 'other'>, [string, CitationRule]>> = {
  'interim-1991': {
    no_direct_interest: ['你与所投诉的事项没有直接利害关系', '《旅游投诉暂行规定》第八条'],
    no_clear_claim: ['你的投诉没有明确的被投诉者、具体的投诉请求或者事实根据', '《旅游投诉暂行规定》第八条'],
    out_of_scope: ['你投诉的事项不属于旅游投诉的受理范围', '《旅游投诉暂行规定》第八条、第九条'],
    // † article to be confirmed (documents.md §10)
    time_barred: ['你的投诉已超过自知道或者应当知道权利被侵害之日起六十日的投诉时效', '《旅游投诉暂行规定》'],
    handled_elsewhere: ['你投诉的事项已由人民法院、仲裁机构或者其他行政机关受理或者处理', 'configurable'],
    already_handled: ['你投诉的事项已经{self}处理，且没有新情况、新理由', 'configurable'],
    no_jurisdiction: ['你投诉的事项不属于{self}的职责范围或者管辖范围', 'configurable'],
  },
  'measures-2010': {
    no_direct_interest: ['你与所投诉的事项没有直接利害关系', '《旅游投诉处理办法》第九条第（五）项、第十条'],
    no_clear_claim: ['你的投诉没有明确的被投诉者，或者没有具体的投诉请求、事实和理由', '《旅游投诉处理办法》第九条第（五）项、第十条'],
    out_of_scope: ['你投诉的事项属于其他经济纠纷，不属于旅游投诉的受理范围', '《旅游投诉处理办法》第九条第（六）项'],
    time_barred: ['你的投诉已超过旅游合同结束之日起九十日', '《旅游投诉处理办法》第九条第（四）项'],
    handled_elsewhere: ['你投诉的事项已由人民法院、仲裁机构、其他行政管理部门或者社会调解机构受理或者处理', '《旅游投诉处理办法》第九条第（一）项'],
    already_handled: ['你投诉的事项已经{self}处理，且没有新情况、新理由', '《旅游投诉处理办法》第九条第（二）项'],
    no_jurisdiction: ['你投诉的事项不属于{self}的职责范围或者管辖范围', '《旅游投诉处理办法》第九条第（三）项'],
  },
};

export interface NonAcceptanceNoticeContext extends BaseContext {
  complainantName: string;
  receivedDate: string;
  respondentName: string;
  complaintSubject: string;
  reasonCodes: NonAcceptanceReasonCode[];
  reasonText: string;
  reasonCitation: string;
  noJurisdiction: boolean;
  competentOrgan: string;
  competentOrganAddress: string;
  competentOrganPhone: string;
  remedyOnNonAcceptance: boolean;
  reconsiderationOrgan: string;
  court: string;
  lawTourism: string;
  self: string;
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'non_acceptance_notice',
  titles: { 'interim-1991': '旅游投诉不予受理通知书', 'measures-2010': '旅游投诉不予受理通知书' },
  family: 'letter',
  prefix: '旅投不受字',
  shortName: { 'interim-1991': '通知书', 'measures-2010': '通知书' },
  internal: false,
  sealed: true,
  sealMandatory: false,
  issuedOn: ['refuse_acceptance'],
  per: 'case',
  recipients: { complainant: true, respondent: false },
};

/** Unique non-empty strings in order. */
const unique = (xs: readonly string[]) => [...new Set(xs.filter((x) => x !== ''))];

/** Reason text and citation of the recorded grounds (several grounds: texts joined with "；", citations with "、"). */
export function reasonOf(
  profile: ProfileKey,
  citations: Citations,
  self: string,
  grounds: readonly string[],
  officer: { reasons: string; citation: string },
): { codes: NonAcceptanceReasonCode[]; text: string; citation: string } {
  const codes = unique(grounds.map((g) => REASON_CODE_OF_GROUND[g as RefusalGround] ?? 'other')) as NonAcceptanceReasonCode[];
  const texts: string[] = [];
  const cites: string[] = [];
  for (const code of codes) {
    if (code === 'other') {
      texts.push(officer.reasons);
      cites.push(officer.citation || citations.rules_form);
      continue;
    }
    const [text, rule] = REASONS[profile][code];
    texts.push(text.replaceAll('{self}', self));
    cites.push(rule === 'configurable' ? officer.citation || citations.rules_scope : rule);
  }
  return { codes, text: unique(texts).join('；'), citation: unique(cites).join('、') };
}

export const nonAcceptanceNotice: DocumentModule<NonAcceptanceNoticeContext> = {
  info,

  buildContext(source, target, stamp) {
    const f = buildCaseFacts(source);
    const ev = latestEvent(source, ['refuse_acceptance']);
    const reason = reasonOf(source.profile, f.citations, f.self, payloadList(ev, 'refusal_grounds').map(String), {
      reasons: stripEndPunctuation(inlineText(payloadText(ev, 'reasons'))),
      citation: inlineText(payloadText(ev, 'reason_citation')),
    });
    const noJurisdiction = reason.codes.includes('no_jurisdiction');
    const competentOrgan = inlineText(payloadText(ev, 'competent_organ'));
    const required: Record<string, string | string[]> = {
      complainant_name: f.complainantName,
      received_date: f.receivedDate,
      complaint_subject: f.complaintSubject,
      non_acceptance_reason: reason.text !== '' && reason.citation !== '' ? reason.text : '',
    };
    if (noJurisdiction) required.competent_organ = competentOrgan;
    return {
      ...baseContext(info, source.profile, stamp, missingOf(required)),
      complainantName: f.complainantName,
      receivedDate: f.receivedDate,
      respondentName: respondentNamesOrUnknown(f),
      complaintSubject: f.complaintSubject,
      reasonCodes: reason.codes,
      reasonText: reason.text,
      reasonCitation: reason.citation,
      noJurisdiction,
      competentOrgan,
      competentOrganAddress: inlineText(payloadText(ev, 'competent_organ_address')),
      competentOrganPhone: inlineText(payloadText(ev, 'competent_organ_phone')),
      remedyOnNonAcceptance: f.remedyOnNonAcceptance,
      reconsiderationOrgan: f.reconsiderationOrgan,
      court: f.court,
      lawTourism: f.citations.law_tourism,
      self: f.self,
      supersession: supersessionSentence(info, source.profile, f.self, target),
      note: handlerNote(f),
    };
  },

  buildBlocks(c): Block[] {
    const s = c.self;
    const contact = [c.competentOrganAddress && `地址：${c.competentOrganAddress}`, c.competentOrganPhone && `联系电话：${c.competentOrganPhone}`].filter((x) => x !== '');
    return [
      ...letterOpening(c.title, `${c.complainantName}：`),
      ...paras([
        `你于${c.receivedDate}向${s}提出的关于${c.respondentName}${c.complaintSubject}的投诉，${s}已收悉。经审查，${c.reasonText}。依据${c.reasonCitation}的规定，${s}决定不予受理。`,
        c.noJurisdiction ? `你投诉的事项属于${c.competentOrgan}的职责范围，请向该机关提出${contact.length > 0 ? `（${contact.join('；')}）` : ''}。` : '',
        `依照${c.lawTourism}第九十二条的规定，你可以通过下列途径解决与被投诉者之间的纠纷：（一）双方协商；（二）向消费者协会、旅游投诉受理机构或者有关调解组织申请调解；（三）根据与被投诉者达成的仲裁协议提请仲裁机构仲裁；（四）向人民法院提起诉讼。`,
        c.remedyOnNonAcceptance
          ? `你如对本决定不服，可以自收到本通知书之日起六十日内向${c.reconsiderationOrgan}申请行政复议，也可以自收到本通知书之日起六个月内向${c.court}提起行政诉讼。`
          : '',
      ]),
      ...letterClosing({ supersession: c.supersession, closing: '特此通知。', note: c.note }),
    ];
  },
};

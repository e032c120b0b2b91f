/**
 * 旅游投诉终止调解书 (documents.md §7.18, `measures-2010` only): the procedure, the reason for terminating, the deposit
 * paragraph for a 旅行社 when the deposit route was taken (M2010 art. 26) and the complainant's remedies.
 */
import type { CaseEventRecord } from '../../server/domain/case/types.ts';
import { buildCaseFacts, type CaseFacts } from '../context/caseFacts.ts';
import { inlineText, stripEndPunctuation } from '../format/index.ts';
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentTypeInfo } from '../model.ts';
import {
  cnEnumerate, complainantPartyLines, fileEnding, fileOpening, handlerNote, latestEvent, latestIssued, missingOf, paras, payloadText,
  respondentPartyLines, supersessionSentence, titleOf,
} from './common.ts';
import { mediationDatesOf, terminationReasonOf } from './mediationTerminationNotice.ts';

const NO_AGREEMENT = '经调解，双方当事人未能达成协议';

/**
 * `termination_reason_text` (§7.18: "as 7.10, with no_agreement as the default"): the mapping of the 终止调解通知书
 * (terminationReasonOf), 调解不成 when the event or its text is absent.
 */
export function terminationReasonText(event: CaseEventRecord | null, facts: CaseFacts): string {
  if (!event) return NO_AGREEMENT;
  return terminationReasonOf(payloadText(event, 'termination_reason'), payloadText(event, 'detail'), facts).text || NO_AGREEMENT;
}

/** `mediation_outcome_text` of the handling decision (§7.11): 双方当事人未能达成协议, or the termination reason. */
export function mediationOutcomeText(event: CaseEventRecord | null, facts: CaseFacts): string {
  const reason = terminationReasonText(event, facts);
  return reason === NO_AGREEMENT ? '双方当事人未能达成协议' : reason;
}

export interface MediationTerminationDocumentContext extends BaseContext {
  partyLines: string[];
  self: string;
  receivedDate: string;
  complaintSubject: string;
  requests: string[];
  acceptedDate: string;
  mediationDates: string;
  terminationReasonText: string;
  rulesMediationResult: string;
  /** the deposit paragraph (§7.18), '' when it does not apply */
  depositParagraph: string;
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'mediation_termination_document',
  titles: { 'interim-1991': null, 'measures-2010': '旅游投诉终止调解书' },
  family: 'file',
  prefix: '旅投终调字',
  shortName: { 'interim-1991': '终止调解书', 'measures-2010': '终止调解书' },
  internal: false,
  sealed: true,
  sealMandatory: true,
  issuedOn: ['terminate_mediation'],
  per: 'case',
  recipients: { complainant: true, respondent: true },
};

export const mediationTerminationDocument: DocumentModule<MediationTerminationDocumentContext> = {
  info,
  buildContext(source, target, stamp) {
    const facts = buildCaseFacts(source);
    const termination = latestEvent(source, ['terminate_mediation'], (e) => e.penaltyId === null);
    const order = latestEvent(source, ['order_deposit_compensation'], (e) => e.penaltyId === null);
    const depositNote = stripEndPunctuation(inlineText(payloadText(termination, 'deposit_note')));
    const rules = facts.citations.rules_deposit;
    const reason = termination ? terminationReasonOf(payloadText(termination, 'termination_reason'), payloadText(termination, 'detail'), facts) : null;
    // The deposit route: a deposit decision ordered on the case (decided; its number once the 划拨决定书 is issued),
    // else the termination's deposit note (a suggestion to the deposit authority, the note being its cause). The
    // terminate_mediation schema has no field for that authority yet: `deposit_authority` is read if the payload
    // carries it, else it is reported missing.
    const applies = facts.respondent.isTravelAgency && (order !== null || depositNote !== '');
    const decision = order ? latestIssued(source, 'deposit_compensation_decision') : null;
    const groundCause = stripEndPunctuation(inlineText(payloadText(order, 'ground_cause'))) || depositNote;
    const depositAuthority = stripEndPunctuation(inlineText(payloadText(termination, 'deposit_authority')));
    const depositClause = order
      ? `${facts.self}已依照${rules}的规定作出划拨旅行社质量保证金赔偿的决定${decision ? `（${decision.number}）` : ''}`
      : `${facts.self}已依照${rules}的规定向${depositAuthority}提出划拨旅行社质量保证金赔偿的建议`;
    const ctx: MediationTerminationDocumentContext = {
      type: 'mediation_termination_document',
      profile: source.profile,
      title: titleOf(info, source.profile),
      documentNumber: stamp.number,
      dateText: stamp.dateText,
      missing: [],
      partyLines: [
        ...complainantPartyLines(facts, { nationality: false, work: false, agent: false }),
        ...respondentPartyLines(facts, { licence: false, agent: false }),
      ],
      self: facts.self,
      receivedDate: facts.receivedDate,
      complaintSubject: facts.complaintSubject,
      requests: facts.requests,
      acceptedDate: facts.acceptedDate,
      mediationDates: mediationDatesOf(source, termination, reason?.code ?? 'no_agreement').join('、'),
      terminationReasonText: termination ? terminationReasonText(termination, facts) : '',
      rulesMediationResult: facts.citations.rules_mediation_result,
      depositParagraph: applies ? `被投诉者系旅行社，因${groundCause}，${depositClause}。` : '',
      supersession: supersessionSentence(info, source.profile, facts.self, target),
      note: handlerNote(facts),
    };
    ctx.missing = missingOf({
      complainant_name: facts.complainant.name,
      respondent_name: facts.respondents.length > 0 ? facts.respondent.name : '',
      received_date: ctx.receivedDate,
      complaint_subject: ctx.complaintSubject,
      requests: ctx.requests,
      accepted_date: ctx.acceptedDate,
      termination_reason: ctx.terminationReasonText,
      ...(applies ? { ground_cause: groundCause } : {}),
      ...(applies && !order ? { deposit_authority: depositAuthority } : {}),
    });
    return ctx;
  },
  buildBlocks(ctx) {
    const first =
      `投诉者于${ctx.receivedDate}向${ctx.self}投诉被投诉者${ctx.complaintSubject}，请求：${cnEnumerate(ctx.requests)}。` +
      `${ctx.self}于${ctx.acceptedDate}受理后，${ctx.mediationDates === '' ? '' : `于${ctx.mediationDates}主持调解。`}` +
      `因${ctx.terminationReasonText}，依照${ctx.rulesMediationResult}的规定，${ctx.self}决定终止调解。`;
    const blocks: Block[] = [
      ...fileOpening(ctx.title),
      ...paras(ctx.partyLines),
      ...paras([first, ctx.depositParagraph, ctx.supersession, '投诉者可以按照国家法律、法规的规定，向仲裁机构申请仲裁或者向人民法院提起诉讼。']),
      ...fileEnding({ note: ctx.note }),
    ];
    return blocks;
  },
};

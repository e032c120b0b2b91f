/** 旅游投诉终止调解通知书 (interim-1991 only) to both parties — documents.md §7.10. */
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentSource, DocumentTypeInfo } from '../model.ts';
import type { CaseEventRecord } from '../../server/domain/case/types.ts';
import { buildCaseFacts, type CaseFacts } from '../context/caseFacts.ts';
import { formatDate, inlineText, stripEndPunctuation } from '../format/index.ts';
import { addresseeText, baseContext, eventsOf, handlerNote, latestEvent, letterClosing, letterOpening, missingOf, paras, payloadText, respondentNames, supersessionSentence } from './common.ts';

/** The reason codes of §7.10. */
export type TerminationReasonCode = 'refused' | 'absent' | 'no_agreement' | 'appraisal' | 'other';

const NO_AGREEMENT = '经调解，双方当事人未能达成协议';

/**
 * Our termination_reason (procedure.md §6.3) and the officer's detail → code and text of §7.10.
 * party_absent_or_refuses gives `absent` when the detail says a party did not attend (未参加/未到场) and names it
 * (the respondent's or complainant's name, 被投诉者 or 投诉者), else `refused`.
 */
export function terminationReasonOf(reason: string, detail: string, facts: Pick<CaseFacts, 'complainantName' | 'complainant' | 'respondents'>): { code: TerminationReasonCode; text: string } {
  switch (reason) {
    case 'party_absent_or_refuses': {
      const absent = /未参加|未到场|未出席/u.test(detail);
      const names = [...facts.respondents.map((r) => r.name), facts.complainant.name, '被投诉者', '投诉者'].filter((n) => n !== '');
      const party = names.find((n) => detail.includes(n));
      return absent && party
        ? { code: 'absent', text: `${party}经通知无正当理由未参加调解` }
        : { code: 'refused', text: '一方当事人不同意调解或者明确表示拒绝继续调解' };
    }
    case 'party_declares_no_agreement':
    case 'time_limit_reached':
      return { code: 'no_agreement', text: NO_AGREEMENT };
    case 'no_agreement_on_appraisal':
      return { code: 'appraisal', text: '双方当事人对鉴定、检测机构的选定或者费用承担未能达成一致' };
    default:
      return { code: 'other', text: stripEndPunctuation(inlineText(detail)) };
  }
}

/**
 * Dates of the mediation meetings held before the termination (record_mediation_session after the latest
 * start_mediation), joined with "、"; for `absent` without a session, the scheduled date.
 */
export function mediationDatesOf(source: DocumentSource, termination: CaseEventRecord | null, code: TerminationReasonCode): string[] {
  const upTo = termination?.seq ?? Number.MAX_SAFE_INTEGER;
  const start = latestEvent(source, ['start_mediation'], (e) => e.seq < upTo);
  const sessions = eventsOf(source, ['record_mediation_session'])
    .filter((e) => e.seq < upTo && (start === null || e.seq > start.seq))
    .map((e) => payloadText(e, 'session_date'))
    .filter((d) => d !== '');
  const dates = [...new Set(sessions)].map((d) => formatDate(d));
  if (dates.length === 0 && code === 'absent') {
    const scheduled = payloadText(start, 'mediation_at');
    if (scheduled !== '') return [formatDate(scheduled.slice(0, 10))];
  }
  return dates;
}

export interface MediationTerminationNoticeContext extends BaseContext {
  complainantName: string;
  respondentName: string;
  complaintSubject: string;
  mediationDates: string[];
  terminationReasonCode: TerminationReasonCode | '';
  terminationReasonText: string;
  rules: string;
  self: string;
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'mediation_termination_notice',
  titles: { 'interim-1991': '旅游投诉终止调解通知书', 'measures-2010': null },
  family: 'letter',
  prefix: '旅投终字',
  shortName: { 'interim-1991': '通知书', 'measures-2010': '通知书' },
  internal: false,
  sealed: true,
  sealMandatory: false,
  issuedOn: ['terminate_mediation'],
  per: 'case',
  recipients: { complainant: true, respondent: true },
};

export const mediationTerminationNotice: DocumentModule<MediationTerminationNoticeContext> = {
  info,

  buildContext(source, target, stamp) {
    const f = buildCaseFacts(source);
    const ev = latestEvent(source, ['terminate_mediation']);
    const reason = ev ? terminationReasonOf(payloadText(ev, 'termination_reason'), payloadText(ev, 'detail'), f) : null;
    const dates = mediationDatesOf(source, ev, reason?.code ?? 'other');
    const values = {
      complainant_name: f.complainantName,
      respondent_name: respondentNames(f),
      complaint_subject: f.complaintSubject,
      mediation_dates: dates,
      termination_reason: reason?.text ?? '',
    };
    return {
      ...baseContext(info, source.profile, stamp, missingOf(values)),
      complainantName: values.complainant_name,
      respondentName: values.respondent_name,
      complaintSubject: values.complaint_subject,
      mediationDates: dates,
      terminationReasonCode: reason?.code ?? '',
      terminationReasonText: values.termination_reason,
      rules: f.citations.rules,
      self: f.self,
      supersession: supersessionSentence(info, source.profile, f.self, target),
      note: handlerNote(f),
    };
  },

  buildBlocks(c): Block[] {
    const s = c.self;
    return [
      ...letterOpening(c.title, addresseeText([c.complainantName, c.respondentName])),
      ...paras([
        `${c.complainantName}投诉${c.respondentName}${c.complaintSubject}一案，${s}于${c.mediationDates.join('、')}主持调解。因${c.terminationReasonText}，${s}决定终止调解。`,
        `${s}将依照${c.rules}的规定，在调查核实、查明事实、分清责任的基础上，依法作出处理决定。在${s}作出处理决定前，双方当事人仍可以自行和解；达成和解的，请及时告知${s}。`,
      ]),
      ...letterClosing({ supersession: c.supersession, closing: '特此通知。', note: c.note }),
    ];
  },
};

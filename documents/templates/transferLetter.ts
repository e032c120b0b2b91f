/** 关于转送旅游投诉的函 / 旅游投诉转办函 (2010), to the competent organ — documents.md §7.4. */
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentSource, DocumentTypeInfo } from '../model.ts';
import type { CaseEventRecord } from '../../server/domain/case/types.ts';
import { buildCaseFacts } from '../context/caseFacts.ts';
import { inlineText, paragraphs, stripEndPunctuation } from '../format/index.ts';
import { baseContext, handlerNote, latestEvent, letterClosing, letterOpening, missingOf, paras, payloadText, respondentNames, supersessionSentence } from './common.ts';

/** One transferred material: its name and, when the officer gave it, its page count. */
export interface TransferMaterial {
  name: string;
  pages: string;
}

/** The particulars of the latest transfer (transfer_out event), shared by 7.4 and 7.5. */
export interface TransferFacts {
  event: CaseEventRecord | null;
  targetOrgan: string;
  honorific: string;
  address: string;
  phone: string;
  reason: string;
  materials: TransferMaterial[];
  /** the transfer follows a handling decision of kind 4 (§7.11) */
  fromDecision: boolean;
  /** the number of that decision, '' when not issued */
  handlingDecisionNumber: string;
}

/** 贵局 / 贵委 / 贵厅 / 贵单位 from the organ's name, when the officer did not give the honorific. */
export function honorificOf(organ: string): string {
  if (organ.endsWith('局')) return '贵局';
  if (organ.endsWith('委') || organ.endsWith('委员会')) return '贵委';
  if (organ.endsWith('厅')) return '贵厅';
  return organ === '' ? '' : '贵单位';
}

/**
 * Materials, one per line: `名称（3页）` gives name and pages, any other line is a name. Leading numbering
 * (`1.`, `1、`, `（一）`) and end punctuation are dropped.
 */
export function parseMaterials(text: string): TransferMaterial[] {
  return paragraphs(text)
    .map((line) => stripEndPunctuation(line.replace(/^(?:\d+[.．、]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)\s*/u, '')))
    .filter((line) => line !== '')
    .map((line) => {
      const m = /^(.*?)（(\d+)页）$/u.exec(line);
      return m ? { name: m[1] ?? '', pages: m[2] ?? '' } : { name: line, pages: '' };
    });
}

/** `名称（3页）` or the name alone. */
export function materialText(m: TransferMaterial): string {
  return m.pages === '' ? m.name : `${m.name}（${m.pages}页）`;
}

/** The latest transfer and, if it follows a kind-4 handling decision, that decision's number. */
export function transferFacts(source: DocumentSource): TransferFacts {
  const ev = latestEvent(source, ['transfer_out']);
  const organ = inlineText(payloadText(ev, 'receiving_organ'));
  const decision = ev ? latestEvent(source, ['issue_decision'], (e) => e.seq < ev.seq) : null;
  const fromDecision = payloadText(decision, 'decision_kind') === 'other_department_fault';
  const decisionDoc = source.documents.filter((d) => d.type === 'handling_decision' && d.supersededById === null).at(-1);
  return {
    event: ev,
    targetOrgan: organ,
    honorific: inlineText(payloadText(ev, 'receiving_organ_honorific')) || honorificOf(organ),
    address: inlineText(payloadText(ev, 'receiving_organ_address')),
    phone: inlineText(payloadText(ev, 'receiving_organ_phone')),
    reason: stripEndPunctuation(inlineText(payloadText(ev, 'reason'))),
    materials: parseMaterials(payloadText(ev, 'materials')),
    fromDecision,
    handlingDecisionNumber: fromDecision ? (decisionDoc?.number ?? '') : '',
  };
}

export interface TransferLetterContext extends BaseContext {
  targetOrgan: string;
  targetOrganHonorific: string;
  receivedDate: string;
  complainantName: string;
  respondentName: string;
  complaintSubject: string;
  transferReason: string;
  /** printed materials: `名称（n页）` or the name */
  materials: string[];
  fromDecision: boolean;
  handlingDecisionNumber: string;
  /** ask the organ to copy its result to the agency (always on: the agency tracks the acknowledgement) */
  askFeedback: boolean;
  lawTourism: string;
  rules: string;
  self: string;
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'transfer_letter',
  titles: { 'interim-1991': '关于转送旅游投诉的函', 'measures-2010': '旅游投诉转办函' },
  family: 'letter',
  prefix: '旅投转字',
  shortName: { 'interim-1991': '函', 'measures-2010': '函' },
  internal: false,
  sealed: true,
  sealMandatory: false,
  issuedOn: ['transfer_out'],
  per: 'case',
  recipients: { complainant: false, respondent: false },
};

export const transferLetter: DocumentModule<TransferLetterContext> = {
  info,

  buildContext(source, target, stamp) {
    const f = buildCaseFacts(source);
    const t = transferFacts(source);
    const materials = t.materials.map(materialText);
    const required: Record<string, string | string[]> = {
      target_organ: t.targetOrgan,
      target_organ_honorific: t.honorific,
      received_date: f.receivedDate,
      complainant_name: f.complainantName,
      respondent_name: respondentNames(f),
      complaint_subject: f.complaintSubject,
      transfer_reason: t.reason,
      materials,
    };
    if (t.fromDecision) required.handling_decision_number = t.handlingDecisionNumber;
    return {
      ...baseContext(info, source.profile, stamp, missingOf(required)),
      targetOrgan: t.targetOrgan,
      targetOrganHonorific: t.honorific,
      receivedDate: f.receivedDate,
      complainantName: f.complainantName,
      respondentName: respondentNames(f),
      complaintSubject: f.complaintSubject,
      transferReason: t.reason,
      materials,
      fromDecision: t.fromDecision,
      handlingDecisionNumber: t.handlingDecisionNumber,
      askFeedback: true,
      lawTourism: f.citations.law_tourism,
      rules: f.citations.rules,
      self: f.self,
      supersession: supersessionSentence(info, source.profile, f.self, target),
      note: handlerNote(f),
    };
  },

  buildBlocks(c): Block[] {
    const s = c.self;
    const h = c.targetOrganHonorific;
    const m2010 = c.profile === 'measures-2010';
    const verb = m2010 ? '转办' : '转送';
    const basis = m2010 ? `${c.lawTourism}第九十一条、${c.rules}第十五条第（三）项` : `${c.lawTourism}第九十一条`;
    return [
      ...letterOpening(c.title, `${c.targetOrgan}：`),
      ...paras([
        `${c.receivedDate}，${s}收到${c.complainantName}关于${c.respondentName}${c.complaintSubject}的投诉。经审查，${c.transferReason}，该投诉事项属于${h}职责范围。依照${basis}的规定，现将该投诉${verb}${h}处理。`,
        c.fromDecision ? `本次${verb}系依据${s}作出的《旅游投诉处理决定书》（${c.handlingDecisionNumber}）。` : '',
        `请依法处理，并将处理结果告知投诉者${c.askFeedback ? `，同时抄告${s}` : ''}。${s}已将${verb}情况书面告知投诉者。`,
      ]),
      ...letterClosing({ supersession: c.supersession, closing: '特此函告。', attachments: c.materials, note: c.note }),
    ];
  },
};

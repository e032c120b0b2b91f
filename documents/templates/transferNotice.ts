/** 旅游投诉转送告知书 / 旅游投诉转办告知书 (2010), to the complainant — documents.md §7.5. */
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentTypeInfo } from '../model.ts';
import { buildCaseFacts } from '../context/caseFacts.ts';
import { formatDate } from '../format/index.ts';
import { baseContext, handlerNote, letterClosing, letterOpening, missingOf, paras, respondentNames, supersessionSentence } from './common.ts';
import { transferFacts } from './transferLetter.ts';

export interface TransferNoticeContext extends BaseContext {
  complainantName: string;
  receivedDate: string;
  respondentName: string;
  complaintSubject: string;
  transferReason: string;
  targetOrgan: string;
  targetOrganAddress: string;
  targetOrganPhone: string;
  transferDate: string;
  transferLetterNumber: string;
  lawTourism: string;
  self: string;
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'transfer_notice',
  titles: { 'interim-1991': '旅游投诉转送告知书', 'measures-2010': '旅游投诉转办告知书' },
  family: 'letter',
  prefix: '旅投转告字',
  shortName: { 'interim-1991': '告知书', 'measures-2010': '告知书' },
  internal: false,
  sealed: true,
  sealMandatory: false,
  issuedOn: ['transfer_out'],
  per: 'case',
  recipients: { complainant: true, respondent: false },
};

export const transferNotice: DocumentModule<TransferNoticeContext> = {
  info,

  buildContext(source, target, stamp) {
    const f = buildCaseFacts(source);
    const t = transferFacts(source);
    // the 转送函 issued for this transfer (in the same transaction, before this notice)
    const letters = source.documents.filter((d) => d.type === 'transfer_letter' && d.supersededById === null);
    const letter = letters.filter((d) => t.event !== null && d.sourceEventId === t.event.id).at(-1) ?? letters.at(-1);
    const values = {
      complainant_name: f.complainantName,
      received_date: f.receivedDate,
      respondent_name: respondentNames(f),
      complaint_subject: f.complaintSubject,
      transfer_reason: t.reason,
      target_organ: t.targetOrgan,
      transfer_date: t.event ? formatDate(t.event.occurredAt) : '',
      transfer_letter_number: letter?.number ?? '',
      target_organ_address_or_phone: t.address || t.phone,
    };
    return {
      ...baseContext(info, source.profile, stamp, missingOf(values)),
      complainantName: values.complainant_name,
      receivedDate: values.received_date,
      respondentName: values.respondent_name,
      complaintSubject: values.complaint_subject,
      transferReason: values.transfer_reason,
      targetOrgan: values.target_organ,
      targetOrganAddress: t.address,
      targetOrganPhone: t.phone,
      transferDate: values.transfer_date,
      transferLetterNumber: values.transfer_letter_number,
      lawTourism: f.citations.law_tourism,
      self: f.self,
      supersession: supersessionSentence(info, source.profile, f.self, target),
      note: handlerNote(f),
    };
  },

  buildBlocks(c): Block[] {
    const s = c.self;
    const verb = c.profile === 'measures-2010' ? '转办' : '转送';
    const contact = [c.targetOrganAddress && `地址：${c.targetOrganAddress}`, c.targetOrganPhone && `联系电话：${c.targetOrganPhone}`].filter((x) => x !== '');
    return [
      ...letterOpening(c.title, `${c.complainantName}：`),
      ...paras([
        `你于${c.receivedDate}向${s}提出的关于${c.respondentName}${c.complaintSubject}的投诉，经审查，${c.transferReason}，该投诉事项属于${c.targetOrgan}的职责范围。依照${c.lawTourism}第九十一条的规定，${s}已于${c.transferDate}将你的投诉材料${verb}${c.targetOrgan}处理（${c.transferLetterNumber}）。`,
        `${c.targetOrgan}${contact.join('；')}。你可以直接向该机关了解处理情况。`,
      ]),
      ...letterClosing({ supersession: c.supersession, closing: '特此告知。', note: c.note }),
    ];
  },
};

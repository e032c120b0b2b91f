/**
 * 旅游投诉答复通知书 / 旅游投诉受理通知书 (2010), to each respondent, with the 投诉书副本 and the 证据材料目录 —
 * documents.md §7.6. Served on the respondent: no contact data of the complainant (§6.2).
 */
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentTypeInfo } from '../model.ts';
import { buildCaseFacts, type EvidenceFacts } from '../context/caseFacts.ts';
import { shanghaiDate } from '../format/index.ts';
import { arabicLines, baseContext, dueDateIfServedAtIssue, handlerNote, letterClosing, letterOpening, missingOf, paras, supersessionSentence } from './common.ts';

export interface ReplyNoticeContext extends BaseContext {
  recipientPartyId: number;
  respondentName: string;
  respondentAddress: string;
  /** display name (王玥珺, or 王玥珺等5人) */
  complainantName: string;
  /** first complainant (the representative of a joint complaint) */
  firstComplainantName: string;
  joint: boolean;
  complainantCount: number;
  complainantNames: string[];
  receivedDate: string;
  complaintSubject: string;
  acceptedDate: string;
  caseNumber: string;
  /** '' unless the service date is known at issue (electronic service) */
  replyDueDate: string;
  requests: string[];
  factsAndReasons: string[];
  /** evidence catalogue lines without numbers: `名称（书证，投诉者提交）` */
  evidenceLines: string[];
  self: string;
  rulesReply: string;
  lawTourism: string;
  lawPipl: string;
  portalName: string;
  agencyAddress: string;
  agencyPostcode: string;
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'reply_notice',
  titles: { 'interim-1991': '旅游投诉答复通知书', 'measures-2010': '旅游投诉受理通知书' },
  family: 'letter',
  prefix: '旅投答字',
  shortName: { 'interim-1991': '通知书', 'measures-2010': '通知书' },
  internal: false,
  sealed: true,
  sealMandatory: false,
  issuedOn: ['send_notice'],
  per: 'respondent',
  recipients: { complainant: false, respondent: true },
};

/** Reply period in days per profile (§6.4): 三十日 / 十日. */
const REPLY_DAYS = { 'interim-1991': 30, 'measures-2010': 10 } as const;

/** `{name}（{kind}，{pages}页，{submitted_by}提交）`, leaving out what is unknown. */
function evidenceLine(e: EvidenceFacts): string {
  const parts = [e.kind, e.pages && `${e.pages}页`, e.submittedBy && `${e.submittedBy}提交`].filter((p) => p !== '');
  return parts.length > 0 ? `${e.name}（${parts.join('，')}）` : e.name;
}

export const replyNotice: DocumentModule<ReplyNoticeContext> = {
  info,

  buildContext(source, target, stamp) {
    const f = buildCaseFacts(source);
    const respondent = target.recipientPartyId == null ? f.respondents[0] : f.respondents.find((r) => r.partyId === target.recipientPartyId);
    const values = {
      respondent_name: respondent?.name ?? '',
      complainant_name: f.complainantName,
      received_date: f.receivedDate,
      complaint_subject: f.complaintSubject,
      accepted_date: f.acceptedDate,
      case_number: f.caseNumber,
      requests: f.requests,
      facts_and_reasons: f.factsAndReasons,
    };
    return {
      ...baseContext(info, source.profile, stamp, missingOf(values)),
      recipientPartyId: respondent?.partyId ?? 0,
      respondentName: values.respondent_name,
      respondentAddress: respondent?.address ?? '',
      complainantName: f.complainantName,
      firstComplainantName: f.complainant.name,
      joint: f.joint,
      complainantCount: f.complainantCount,
      complainantNames: f.complainants.map((p) => p.name),
      receivedDate: f.receivedDate,
      complaintSubject: f.complaintSubject,
      acceptedDate: f.acceptedDate,
      caseNumber: f.caseNumber,
      replyDueDate: dueDateIfServedAtIssue(source, respondent?.partyId, shanghaiDate(stamp.issuedAt), 'calendar_day', REPLY_DAYS[source.profile]),
      requests: f.requests,
      factsAndReasons: f.factsAndReasons,
      evidenceLines: f.evidence.map(evidenceLine),
      self: f.self,
      rulesReply: f.citations.rules_reply,
      lawTourism: f.citations.law_tourism,
      lawPipl: f.citations.law_pipl,
      portalName: f.portalName,
      agencyAddress: f.agencyAddress,
      agencyPostcode: f.agencyPostcode,
      supersession: supersessionSentence(info, source.profile, f.self, target),
      note: handlerNote(f),
    };
  },

  buildBlocks(c): Block[] {
    const s = c.self;
    const due = c.replyDueDate === '' ? '' : `（即${c.replyDueDate}前）`;
    const second = c.profile === 'measures-2010'
      ? `依照${c.rulesReply}的规定，请你单位自接到本通知之日起十日内${due}向${s}作出书面答复，提出答辩的事实、理由和证据。`
      : `依照${c.rulesReply}的规定，请你单位自接到本通知之日起三十日内${due}向${s}作出书面答复。书面答复应当载明下列事项：（一）被投诉的事由；（二）调查核实的过程；（三）基本事实与证据；（四）责任及处理意见。`;
    const complainantLine = c.joint
      ? `投诉者：${c.firstComplainantName}等${c.complainantCount}人：${c.complainantNames.join('、')}`
      : `投诉者：${c.complainantName}`;
    const copy: Block[] = paras([
      complainantLine,
      '投诉者联系方式：（依法不予提供）',
      `被投诉者：${c.respondentName}`,
      `被投诉者地址：${c.respondentAddress}`,
      '投诉请求：',
      ...arabicLines(c.requests),
      '事实与理由：',
      ...c.factsAndReasons,
      `投诉日期：${c.receivedDate}`,
    ]);
    const catalogue: Block[] = paras(c.evidenceLines.length > 0 ? arabicLines(c.evidenceLines) : ['无']);
    return [
      ...letterOpening(c.title, `${c.respondentName}：`),
      ...paras([
        `${c.complainantName}（以下称投诉者）于${c.receivedDate}向${s}投诉你单位${c.complaintSubject}。经审查，${s}已于${c.acceptedDate}依法受理（案件编号：${c.caseNumber}）。现将投诉书副本送达你单位。`,
        second,
        `书面答复应当针对投诉者提出的事实、理由和请求事项，实事求是，并附相关证据材料。你单位可以通过${c.portalName}提交书面答复及证据材料，也可以书面提交至${s}（地址：${c.agencyAddress}，邮政编码：${c.agencyPostcode}）。`,
        `你单位应当配合${s}的调查核实工作，不得妨碍、阻挠调查。逾期不作书面答复的，不影响${s}依据查明的事实依法作出处理。`,
        `依照${c.lawTourism}第五十二条和${c.lawPipl}的规定，你单位对因处理本投诉而知悉的投诉者个人信息负有保密义务，不得将其用于处理本投诉以外的目的，不得泄露、出售或者非法向他人提供。`,
      ]),
      ...letterClosing({ supersession: c.supersession, closing: '特此通知。', attachments: ['投诉书副本', '证据材料目录'], note: c.note }),
      { kind: 'attachmentPage', label: '附件1', title: '投诉书副本', blocks: copy },
      { kind: 'attachmentPage', label: '附件2', title: '证据材料目录', blocks: catalogue },
    ];
  },
};

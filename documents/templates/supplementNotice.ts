/** 旅游投诉补正通知书 to the complainant — documents.md §7.7. */
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentTypeInfo } from '../model.ts';
import type { ProfileKey } from '../../server/domain/procedure/profiles.ts';
import { buildCaseFacts } from '../context/caseFacts.ts';
import { cnNumeral, paragraphs, shanghaiDate, stripEndPunctuation } from '../format/index.ts';
import {
  baseContext, cnEnumerate, dueDateIfServedAtIssue, handlerNote, latestEvent, letterClosing, letterOpening, missingOf, paras, payloadNumber, payloadText,
  respondentNamesOrUnknown, supersessionSentence,
} from './common.ts';

/** Default correction period in days (§6.4: 10, a setting). */
export const DEFAULT_CORRECTION_DAYS = 10;

/** The catalogue of §7.7: an item given as its code prints the profile's text. */
const CATALOGUE: Record<ProfileKey, Record<string, string>> = {
  'interim-1991': {
    complainant_details: '投诉者的姓名、性别、国籍、职业、年龄、工作单位（队名）及住址',
    respondent: '被投诉者的名称和所在地',
    request: '具体的投诉请求',
    facts: '投诉的事实和理由',
    evidence: '证明投诉事实的有关证据材料',
    power_of_attorney: '委托代理人的授权委托书（载明委托事项和权限）',
    copies: '按被投诉者人数提交的投诉书副本',
  },
  'measures-2010': {
    complainant_details: '投诉者的姓名、性别、国籍、通讯地址、邮政编码、联系电话及投诉日期',
    respondent: '被投诉者的名称和所在地',
    request: '具体的投诉请求',
    facts: '投诉的事实和理由',
    evidence: '证明投诉事实的有关证据材料',
    power_of_attorney: '委托代理人的授权委托书（载明委托事项和权限）',
    representatives: '共同投诉推选代表人的书面材料',
  },
};

/**
 * The officer's missing_items text, one item per line: a catalogue code prints its text, any other line is printed
 * as written (leading numbering and end punctuation removed).
 */
export function missingItems(profile: ProfileKey, text: string): string[] {
  return paragraphs(text)
    .map((line) => stripEndPunctuation(line.replace(/^(?:\d+[.．、]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)\s*/u, '')))
    .filter((line) => line !== '')
    .map((line) => CATALOGUE[profile][line] ?? line);
}

export interface SupplementNoticeContext extends BaseContext {
  complainantName: string;
  receivedDate: string;
  respondentName: string;
  complaintSubject: string;
  missingItems: string[];
  correctionDays: number;
  /** 十 */
  correctionDaysCn: string;
  /** '' unless the service date is known at issue (electronic service) */
  correctionDueDate: string;
  rulesForm: string;
  portalName: string;
  agencyAddress: string;
  agencyPostcode: string;
  self: string;
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'supplement_notice',
  titles: { 'interim-1991': '旅游投诉补正通知书', 'measures-2010': '旅游投诉补正通知书' },
  family: 'letter',
  prefix: '旅投补字',
  shortName: { 'interim-1991': '通知书', 'measures-2010': '通知书' },
  internal: false,
  sealed: true,
  sealMandatory: false,
  issuedOn: ['request_supplement'],
  per: 'case',
  recipients: { complainant: true, respondent: false },
};

export const supplementNotice: DocumentModule<SupplementNoticeContext> = {
  info,

  buildContext(source, target, stamp) {
    const f = buildCaseFacts(source);
    const ev = latestEvent(source, ['request_supplement']);
    const items = missingItems(source.profile, payloadText(ev, 'missing_items'));
    const days = payloadNumber(ev, 'period_days') ?? DEFAULT_CORRECTION_DAYS;
    // the subject given with this request, else the case's latest
    const subject = stripEndPunctuation(payloadText(ev, 'complaint_subject')) || f.complaintSubject;
    const values = { complainant_name: f.complainantName, received_date: f.receivedDate, missing_items: items };
    return {
      ...baseContext(info, source.profile, stamp, missingOf(values)),
      complainantName: f.complainantName,
      receivedDate: f.receivedDate,
      respondentName: respondentNamesOrUnknown(f),
      complaintSubject: subject,
      missingItems: items,
      correctionDays: days,
      correctionDaysCn: cnNumeral(days),
      correctionDueDate: dueDateIfServedAtIssue(source, f.complainant.partyId, shanghaiDate(stamp.issuedAt), 'calendar_day', days),
      rulesForm: f.citations.rules_form,
      portalName: f.portalName,
      agencyAddress: f.agencyAddress,
      agencyPostcode: f.agencyPostcode,
      self: f.self,
      supersession: supersessionSentence(info, source.profile, f.self, target),
      note: handlerNote(f),
    };
  },

  buildBlocks(c): Block[] {
    const s = c.self;
    const due = c.correctionDueDate === '' ? '' : `（即${c.correctionDueDate}前）`;
    return [
      ...letterOpening(c.title, `${c.complainantName}：`),
      ...paras([
        `你于${c.receivedDate}向${s}提出的关于${c.respondentName}${c.complaintSubject}的投诉，${s}已收悉。经审查，你的投诉材料尚缺少下列内容：${cnEnumerate(c.missingItems)}。`,
        `依照${c.rulesForm}的规定，请你自收到本通知之日起${c.correctionDaysCn}日内${due}补正上述内容。你可以登录${c.portalName}在线补正，也可以书面提交至${s}（地址：${c.agencyAddress}，邮政编码：${c.agencyPostcode}）。`,
        `逾期未补正的，${s}将根据现有材料依法审查处理。`,
      ]),
      ...letterClosing({ supersession: c.supersession, closing: '特此通知。', note: c.note }),
    ];
  },
};

/** 旅游投诉调解通知书 to both parties — documents.md §7.8. */
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentTypeInfo } from '../model.ts';
import { buildCaseFacts } from '../context/caseFacts.ts';
import { formatDateTime, inlineText, stripEndPunctuation } from '../format/index.ts';
import { addresseeText, baseContext, handlerNote, latestEvent, letterClosing, letterOpening, missingOf, paras, payloadText, respondentNames, supersessionSentence } from './common.ts';

/** mediation_mode of the start_mediation payload → 现场 / 视频 / 电话 (§6.5). */
const MODE_LABELS: Readonly<Record<string, '现场' | '视频' | '电话'>> = { onsite: '现场', video: '视频', phone: '电话' };

export interface MediationNoticeContext extends BaseContext {
  complainantName: string;
  respondentName: string;
  complaintSubject: string;
  acceptedDate: string;
  /** 2026年3月20日9时30分 */
  mediationDatetime: string;
  /** 现场 / 视频 / 电话, '' when not recorded */
  mediationMode: string;
  mediationPlace: string;
  mediationChannel: string;
  mediatorNames: string;
  self: string;
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'mediation_notice',
  titles: { 'interim-1991': '旅游投诉调解通知书', 'measures-2010': '旅游投诉调解通知书' },
  family: 'letter',
  prefix: '旅投调字',
  shortName: { 'interim-1991': '通知书', 'measures-2010': '通知书' },
  internal: false,
  sealed: true,
  sealMandatory: false,
  issuedOn: ['start_mediation'],
  per: 'case',
  recipients: { complainant: true, respondent: true },
};

export const mediationNotice: DocumentModule<MediationNoticeContext> = {
  info,

  buildContext(source, target, stamp) {
    const f = buildCaseFacts(source);
    const ev = latestEvent(source, ['start_mediation']);
    const at = payloadText(ev, 'mediation_at');
    const mode = MODE_LABELS[payloadText(ev, 'mediation_mode')] ?? '';
    const place = stripEndPunctuation(inlineText(payloadText(ev, 'mediation_place')));
    const channel = stripEndPunctuation(inlineText(payloadText(ev, 'mediation_channel')));
    const required: Record<string, string> = {
      complainant_name: f.complainantName,
      respondent_name: respondentNames(f),
      complaint_subject: f.complaintSubject,
      accepted_date: f.acceptedDate,
      mediation_datetime: at === '' ? '' : formatDateTime(at),
      mediation_mode: mode,
      mediator_names: stripEndPunctuation(inlineText(payloadText(ev, 'mediator_names'))),
    };
    if (mode === '现场') required.mediation_place = place;
    if (mode === '视频') required.mediation_channel = channel;
    return {
      ...baseContext(info, source.profile, stamp, missingOf(required)),
      complainantName: f.complainantName,
      respondentName: required.respondent_name ?? '',
      complaintSubject: f.complaintSubject,
      acceptedDate: f.acceptedDate,
      mediationDatetime: required.mediation_datetime ?? '',
      mediationMode: mode,
      mediationPlace: place,
      mediationChannel: channel,
      mediatorNames: required.mediator_names ?? '',
      self: f.self,
      supersession: supersessionSentence(info, source.profile, f.self, target),
      note: handlerNote(f),
    };
  },

  buildBlocks(c): Block[] {
    const s = c.self;
    const how = c.mediationMode === '现场' ? `在${c.mediationPlace}` : c.mediationMode === '视频' ? `通过${c.mediationChannel}以视频方式` : c.mediationMode === '电话' ? '以电话方式' : '';
    const absent = c.profile === 'interim-1991' ? '依法作出处理决定' : '终止调解';
    return [
      ...letterOpening(c.title, addresseeText([c.complainantName, c.respondentName])),
      ...paras([
        `${c.complainantName}投诉${c.respondentName}${c.complaintSubject}一案，${s}已于${c.acceptedDate}受理。根据双方当事人同意调解的意愿，${s}定于${c.mediationDatetime}${how}主持调解，调解员：${c.mediatorNames}。现将有关事项通知如下：`,
        `一、调解在查明事实、分清责任的基础上，遵循自愿、合法的原则进行。是否达成调解协议，由双方当事人自愿决定，${s}不强迫任何一方接受调解。`,
        '二、请双方当事人按时参加。当事人为单位的，由其法定代表人或者负责人参加；委托他人参加的，应当提交载明委托事项和权限的授权委托书。',
        '三、请携带身份证明以及与本案有关的证据材料原件。',
        `四、当事人认为调解员与本案有利害关系或者其他关系，可能影响公正调解的，可以在调解开始前向${s}申请回避。`,
        `五、当事人无正当理由不参加调解的，视为不同意调解，${s}将${absent}。`,
      ]),
      ...letterClosing({ supersession: c.supersession, closing: '特此通知。', note: c.note }),
    ];
  },
};

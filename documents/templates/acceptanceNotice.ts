/** 受理通知书 / 旅游投诉受理告知书 (2010) to the complainant — documents.md §7.2. */
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentTypeInfo } from '../model.ts';
import { buildCaseFacts } from '../context/caseFacts.ts';
import { baseContext, handlerNote, letterClosing, letterOpening, missingOf, paras, respondentNames, supersessionSentence } from './common.ts';

export interface AcceptanceNoticeContext extends BaseContext {
  complainantName: string;
  receivedDate: string;
  respondentName: string;
  complaintSubject: string;
  acceptedDate: string;
  caseNumber: string;
  self: string;
  rulesAcceptanceConditions: string;
  lawPipl: string;
  portalName: string;
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'acceptance_notice',
  titles: { 'interim-1991': '旅游投诉受理通知书', 'measures-2010': '旅游投诉受理告知书' },
  family: 'letter',
  prefix: '旅投受字',
  shortName: { 'interim-1991': '通知书', 'measures-2010': '告知书' },
  internal: false,
  sealed: true,
  sealMandatory: false,
  issuedOn: ['accept'],
  per: 'case',
  recipients: { complainant: true, respondent: false },
};

export const acceptanceNotice: DocumentModule<AcceptanceNoticeContext> = {
  info,

  buildContext(source, target, stamp) {
    const f = buildCaseFacts(source);
    const values = {
      complainant_name: f.complainantName,
      received_date: f.receivedDate,
      respondent_name: respondentNames(f),
      complaint_subject: f.complaintSubject,
      accepted_date: f.acceptedDate,
      case_number: f.caseNumber,
    };
    return {
      ...baseContext(info, source.profile, stamp, missingOf(values)),
      complainantName: values.complainant_name,
      receivedDate: values.received_date,
      respondentName: values.respondent_name,
      complaintSubject: values.complaint_subject,
      acceptedDate: values.accepted_date,
      caseNumber: values.case_number,
      self: f.self,
      rulesAcceptanceConditions: f.citations.rules_acceptance_conditions,
      lawPipl: f.citations.law_pipl,
      portalName: f.portalName,
      supersession: supersessionSentence(info, source.profile, f.self, target),
      note: handlerNote(f),
    };
  },

  buildBlocks(c): Block[] {
    const s = c.self;
    const m2010 = c.profile === 'measures-2010';
    const itemOne = m2010
      ? `一、${s}将自受理之日起五个工作日内向被投诉者送达旅游投诉受理通知书和投诉书副本，被投诉者应当自接到通知之日起十日内作出书面答复。${s}将在查明事实的基础上，遵循自愿、合法的原则进行调解，并自受理之日起六十日内作出处理。`
      : `一、${s}将通知被投诉者自接到通知之日起三十日内作出书面答复，并在调查核实、查明事实、分清责任的基础上组织调解；调解不成的，${s}将依法作出处理决定。`;
    return [
      ...letterOpening(c.title, `${c.complainantName}：`),
      ...paras([
        `你于${c.receivedDate}向${s}提出的关于${c.respondentName}${c.complaintSubject}的投诉，${s}已收悉。经审查，该投诉符合${c.rulesAcceptanceConditions}规定的受理条件，${s}决定予以受理，并于${c.acceptedDate}立案（案件编号：${c.caseNumber}）。现将有关事项${m2010 ? '告知' : '通知'}如下：`,
        itemOne,
        `二、投诉处理期间，你有权了解投诉处理情况，有权请求调解，有权与被投诉者自行和解，有权放弃或者变更投诉请求。你与被投诉者自行和解或者决定撤回投诉的，请及时告知${s}。`,
        `三、你应当如实陈述事实，提供与投诉事项有关的证据材料，并配合${s}的调查工作。`,
        `四、为处理本投诉，${s}将向被投诉者送达投诉书副本，必要时向有关部门提供投诉材料；你的证件号码、联系电话、通信地址等个人信息不向被投诉者提供。${s}依照${c.lawPipl}的规定保护你的个人信息。`,
        `五、你可以登录${c.portalName}查询本案办理进度。`,
      ]),
      ...letterClosing({ supersession: c.supersession, closing: m2010 ? '特此告知。' : '特此通知。', note: c.note }),
    ];
  },
};

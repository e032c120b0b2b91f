/**
 * 旅游投诉调解书 (documents.md §7.17, `measures-2010` only): 投诉请求, 查明事实, 处理过程, 调解结果, signed by both
 * parties (paper or portal, as §7.9) and sealed by the agency.
 */
import { buildCaseFacts } from '../context/caseFacts.ts';
import { cnNumeral, ensureFullStop, paragraphs, shanghaiDate } from '../format/index.ts';
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentTypeInfo } from '../model.ts';
import {
  complainantPartyLines, copiesCn, fileEnding, fileOpening, handlerNote, latestEvent, mediationDates, missingOf, paras, payloadText,
  replyNoticeFacts, respondentPartyLines, supersessionSentence, titleOf,
} from './common.ts';
import { mediatorNamesOf, signingLines, signingModeOf, structuredTerms, termTexts } from './mediationAgreement.ts';

export interface MediationDocumentContext extends BaseContext {
  partyLines: string[];
  agencyName: string;
  self: string;
  requests: string[];
  factsFound: string[];
  acceptedDate: string;
  replyNoticeServedDate: string;
  replyNoticeNumber: string;
  replyReceivedDate: string;
  /** full dates joined with "、" */
  mediationDates: string;
  terms: string[];
  rulesMediationResult: string;
  copiesCn: string;
  signingMode: 'paper' | 'portal' | '';
  signingLines: string[];
  supersession: string;
  note: string;
}

const info: DocumentTypeInfo = {
  type: 'mediation_document',
  titles: { 'interim-1991': null, 'measures-2010': '旅游投诉调解书' },
  family: 'file',
  prefix: '旅投调解字',
  shortName: { 'interim-1991': '调解书', 'measures-2010': '调解书' },
  internal: false,
  sealed: true,
  sealMandatory: true,
  issuedOn: ['sign_mediation_agreement'],
  per: 'case',
  recipients: { complainant: true, respondent: true },
};

export const mediationDocument: DocumentModule<MediationDocumentContext> = {
  info,
  buildContext(source, target, stamp) {
    const facts = buildCaseFacts(source);
    const sign = latestEvent(source, ['sign_mediation_agreement'], (e) => e.penaltyId === null);
    const reply = replyNoticeFacts(source, facts.respondent.partyId);
    const texts = sign ? termTexts(source, structuredTerms(sign, 'terms'), shanghaiDate(sign.occurredAt)) : null;
    const mode = signingModeOf(sign);
    const lines = signingLines(facts, mode, sign, mediatorNamesOf(source, sign));
    const ctx: MediationDocumentContext = {
      type: 'mediation_document',
      profile: source.profile,
      title: titleOf(info, source.profile),
      documentNumber: stamp.number,
      dateText: stamp.dateText,
      missing: [],
      partyLines: [
        ...complainantPartyLines(facts, { nationality: false, work: false, agent: false }),
        ...respondentPartyLines(facts, { licence: false, agent: false }),
      ],
      agencyName: facts.agencyName,
      self: facts.self,
      requests: facts.requests,
      factsFound: paragraphs(payloadText(sign, 'facts_found')),
      acceptedDate: facts.acceptedDate,
      replyNoticeServedDate: reply.servedDate,
      replyNoticeNumber: reply.number,
      replyReceivedDate: reply.receivedDate,
      mediationDates: mediationDates(source).join('、'),
      terms: texts ?? [],
      rulesMediationResult: facts.citations.rules_mediation_result,
      copiesCn: copiesCn(facts),
      signingMode: mode,
      signingLines: lines ?? [],
      supersession: supersessionSentence(info, source.profile, facts.self, target),
      note: handlerNote(facts),
    };
    ctx.missing = missingOf({
      complainant_name: facts.complainant.name,
      respondent_name: facts.respondents.length > 0 ? facts.respondent.name : '',
      requests: ctx.requests,
      facts_found: ctx.factsFound,
      accepted_date: ctx.acceptedDate,
      reply_notice_number: ctx.replyNoticeNumber,
      reply_notice_served_date: ctx.replyNoticeServedDate,
      mediation_dates: ctx.mediationDates,
      terms: ctx.terms,
      signing_mode: ctx.signingMode,
      ...(mode === 'portal' ? { confirmations: ctx.signingLines } : {}),
    });
    return ctx;
  },
  buildBlocks(ctx) {
    const process =
      `${ctx.self}于${ctx.acceptedDate}受理本投诉，于${ctx.replyNoticeServedDate}向被投诉者送达了《旅游投诉受理通知书》（${ctx.replyNoticeNumber}）及投诉书副本。` +
      (ctx.replyReceivedDate === '' ? '' : `被投诉者于${ctx.replyReceivedDate}作出书面答复。`) +
      `${ctx.self}于${ctx.mediationDates}主持调解。`;
    const blocks: Block[] = [
      ...fileOpening(ctx.title),
      ...paras(ctx.partyLines),
      { kind: 'heading', level: 1, text: '一、投诉请求' },
      ...paras(ctx.requests.map((r, i) => `（${cnNumeral(i + 1)}）${ensureFullStop(r)}`)),
      { kind: 'heading', level: 1, text: '二、查明事实' },
      ...paras(ctx.factsFound),
      { kind: 'heading', level: 1, text: '三、处理过程' },
      ...paras([process]),
      { kind: 'heading', level: 1, text: '四、调解结果' },
      ...paras([
        `经${ctx.self}主持调解，双方当事人在自愿、合法的基础上达成如下协议：`,
        ...ctx.terms.map((t, i) => `（${cnNumeral(i + 1)}）${t}`),
        `本调解书经双方当事人签字并加盖${ctx.agencyName}印章后生效，双方当事人应当自觉履行。依照${ctx.rulesMediationResult}的规定，调解书生效后没有执行的，投诉者可以按照国家法律、法规的规定，向仲裁机构申请仲裁或者向人民法院提起诉讼。`,
        `本调解书一式${ctx.copiesCn}份，双方当事人各执一份，${ctx.self}存档一份。`,
        ctx.supersession,
      ]),
      ...fileEnding({ signingLines: ctx.signingLines, note: ctx.note }),
    ];
    return blocks;
  },
};

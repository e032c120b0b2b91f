/**
 * 送达回证 (documents.md §5.10, §7.15): one per service event (serve_notice / serve_decision / serve_penalty_decision)
 * and recipient; the served document is the latest issued, not superseded document of the served type for that
 * party. Form, two columns 40 | 116 mm; for the case file (full address), no seal.
 */
import { buildCaseFacts } from '../context/caseFacts.ts';
import { label } from '../context/labels.ts';
import { formatDate, formatDateTime, inlineText, stripEndPunctuation } from '../format/index.ts';
import type { Block, Cell } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentTypeInfo, IssuedDocumentRef } from '../model.ts';
import type { ProfileKey } from '../../server/domain/procedure/profiles.ts';
import { latestEvent, latestIssued, missingOf, payloadFlag, payloadNumber, payloadText, supersessionSentence, titleOf } from './common.ts';

/** Blanks for a handwritten time of service. */
const TIME_BLANK = '　　时　　分';

/** The document type each service event serves, and its title per profile when none is issued yet. */
const SERVED: Readonly<Record<string, { type: string; titles: Record<ProfileKey, string> }>> = {
  serve_notice: { type: 'reply_notice', titles: { 'interim-1991': '旅游投诉答复通知书', 'measures-2010': '旅游投诉受理通知书' } },
  serve_decision: { type: 'handling_decision', titles: { 'interim-1991': '旅游投诉处理决定书', 'measures-2010': '旅游投诉处理决定书' } },
  serve_penalty_decision: { type: 'penalty_decision', titles: { 'interim-1991': '行政处罚决定书', 'measures-2010': '行政处罚决定书' } },
};

export interface ServiceReceiptContext extends BaseContext {
  agencyName: string;
  docTitle: string;
  docNumber: string;
  /** '' when unknown */
  pages: string;
  caseNumber: string;
  recipientName: string;
  address: string;
  method: string;
  servedAt: string;
  electronic: boolean;
  refusal: string;
  serverNames: string;
  remarks: string[];
}

const info: DocumentTypeInfo = {
  type: 'service_receipt',
  titles: { 'interim-1991': '送达回证', 'measures-2010': '送达回证' },
  family: 'form',
  prefix: '旅投送字',
  shortName: { 'interim-1991': '送达回证', 'measures-2010': '送达回证' },
  internal: false,
  sealed: false,
  sealMandatory: false,
  issuedOn: ['serve_notice', 'serve_decision', 'serve_penalty_decision'],
  per: 'service',
  recipients: { complainant: false, respondent: false },
};

export const serviceReceipt: DocumentModule<ServiceReceiptContext> = {
  info,
  buildContext(source, target, stamp) {
    const facts = buildCaseFacts(source);
    const event = source.events.find((e) => e.id === target.sourceEventId && e.eventType in SERVED) ?? null;
    const served = event ? SERVED[event.eventType] : undefined;
    const penalty = event?.penaltyId != null ? (source.penalties.find((p) => p.id === event.penaltyId) ?? null) : null;
    const partyId = event && !penalty ? payloadNumber(event, 'party_id') : null;
    const party = source.parties.find((p) => p.id === partyId) ?? null;
    const forRecipient = (d: IssuedDocumentRef) =>
      penalty ? d.penaltyId === penalty.id : d.recipientPartyId === null || d.recipientPartyId === partyId;
    const doc = served ? latestIssued(source, served.type, forRecipient) : null;

    // the recipient: the case party served, or the party of the penalty proceeding
    const respondentOfPenalty = penalty
      ? source.parties.find((p) => p.partyRole === 'respondent' && ((p.organisationId !== null && p.organisationId === penalty.organisationId) || inlineText(p.name) === inlineText(penalty.partyName)))
      : undefined;
    const decide = penalty ? latestEvent({ events: source.events.filter((e) => e.penaltyId === penalty.id) }, ['decide_penalty']) : null;
    const recipientName = penalty ? inlineText(penalty.partyName) : inlineText(party?.name);
    const postalAddress = penalty ? inlineText(payloadText(decide, 'party_address')) || inlineText(respondentOfPenalty?.address) : inlineText(party?.address);

    const method = payloadText(event, 'service_method');
    const electronic = method === 'electronic';
    const tracking = inlineText(payloadText(event, 'tracking_number'));
    const servedOn = payloadText(event, 'served_on');
    const proof = stripEndPunctuation(inlineText(payloadText(event, 'proof')));
    const servers = event?.actorType === 'user' ? inlineText(event.actorName) : event ? `${facts.portalName}（系统）` : '';
    const ctx: ServiceReceiptContext = {
      type: 'service_receipt',
      profile: source.profile,
      title: titleOf(info, source.profile),
      documentNumber: stamp.number,
      dateText: stamp.dateText,
      missing: [],
      agencyName: facts.agencyName,
      docTitle: doc?.title ?? (served ? served.titles[source.profile] : ''),
      docNumber: doc?.number ?? '',
      pages: doc && doc.pageCount > 0 ? String(doc.pageCount) : '',
      caseNumber: facts.caseNumber,
      recipientName,
      address: electronic ? `电子送达：${facts.portalName}账户` : postalAddress,
      method: method === 'postal' && tracking !== '' ? `邮寄送达（邮件号：${tracking}）` : label('service_method', method),
      servedAt: electronic && event
        ? formatDateTime(event.occurredAt)
        : /^\d{4}-\d{2}-\d{2}$/.test(servedOn) ? `${formatDate(servedOn)}${TIME_BLANK}` : '　　年　　月　　日　　时　　分',
      electronic,
      refusal: method === 'left_at_premises' ? proof : '',
      serverNames: servers,
      remarks: [
        electronic && event ? `电子送达记录：${facts.caseNumber}-${event.seq}` : '',
        method !== 'left_at_premises' ? proof : '',
        payloadFlag(event, 'served_on_the_spot') ? '当场交付' : '',
        supersessionSentence(info, source.profile, facts.self, target),
      ].filter((s) => s !== ''),
    };
    ctx.missing = missingOf({
      service_event: event ? String(event.id) : '',
      served_document: doc ? doc.number : '',
      recipient: ctx.recipientName,
      service_method: ctx.method,
      server_names: ctx.serverNames,
    });
    return ctx;
  },
  buildBlocks(ctx) {
    const row = (label: string, text: string): Cell[] => [{ text: label, label: true }, { text }];
    const doc = `《${ctx.docTitle}》（${ctx.docNumber}）${ctx.pages === '' ? '' : `共${ctx.pages}页`}`;
    const blocks: Block[] = [
      { kind: 'head', family: 'form' },
      { kind: 'title', lines: [ctx.title] },
      { kind: 'meta', left: `编号：${ctx.documentNumber}`, right: `送达机关：${ctx.agencyName}` },
      {
        kind: 'table',
        columnsMm: [40, 116],
        rows: [
          row('送达文书名称及文号', doc),
          row('案件编号', ctx.caseNumber),
          row('受送达人', ctx.recipientName),
          row('送达地址', ctx.address),
          row('送达方式', ctx.method),
          row('送达时间', ctx.servedAt),
          row('受送达人签名或者盖章', ctx.electronic ? '电子送达，送达时间以系统记录的到达时间为准' : ''),
          row('代收人签名及代收理由', ''),
          row('拒收事由及见证人签名', ctx.refusal),
          row('送达人签名', ctx.serverNames),
          row('备注', ctx.remarks.join('\n')),
        ],
      },
      // 署名 and 成文日期 without a seal (§2.8 "without seal", §9.1)
      { kind: 'signature' },
    ];
    return blocks;
  },
};

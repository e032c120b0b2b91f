/**
 * 旅游投诉结案报告 (documents.md §7.16): the internal closing form, 16 rows in four columns 28 | 50 | 28 | 50 mm —
 * the course of the case (one line per significant event), the outcome, obligations, penalties, deposit payouts,
 * appeals, time limits and the approvals (handwritten).
 */
import labels from '../../server/i18n/labels.zh-CN.json' with { type: 'json' };
import { DECISION_KINDS } from '../../server/domain/case/enums.ts';
import type { CaseEventRecord } from '../../server/domain/case/types.ts';
import { buildCaseFacts } from '../context/caseFacts.ts';
import { label } from '../context/labels.ts';
import { formatDate, inlineText, moneyPlain, moneyText, ensureFullStop, toCents } from '../format/index.ts';
import type { Block, Cell } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentSource, DocumentTypeInfo } from '../model.ts';
import { eventsOf, latestEvent, latestIssued, missingOf, payloadText, penaltyItemText, supersessionSentence, titleOf } from './common.ts';
import { decidedItems, penaltyOf } from './penaltyDecision.ts';

const TEXT: Readonly<Record<string, string>> = labels;

/** Ideographic space (U+3000) between the parts of a line, and the blanks for handwriting. */
const SP = '　';
const SIGN_BLANK = '　　　　　　　　　　年　　月　　日';
const ARCHIVE = '卷宗号：　　　　　　页数：　　　　　　保管期限：';

/** Events that are not steps of the handling (views, bookkeeping, system notices) and stay out of 办理经过. */
const NOT_STEPS = new Set([
  'view_case', 'document_issued', 'clock_expired', 'deadline_recomputed', 'link_case', 'disclose_contact', 'add_evidence', 'escalate',
  'downgrade_severity', 'record_callback', 'archive', 'pause_clock', 'resume_clock',
]);

/** 办理经过: `{date} {event label} {document numbers}` per step up to the closing event. */
function timeline(source: DocumentSource, until: CaseEventRecord | null): string[] {
  return eventsOf(source)
    .filter((e) => !NOT_STEPS.has(e.eventType) && (until === null || e.seq <= until.seq))
    .map((e) => {
      const numbers = source.documents.filter((d) => d.sourceEventId === e.id && d.supersededById === null).map((d) => d.number);
      return [formatDate(e.occurredAt), TEXT[`event.${e.eventType}`] ?? e.eventType, numbers.join('、')].filter((s) => s !== '').join('　');
    });
}

/** 处理结果 (§7.16 row 6), '' when the case has no outcome yet. */
function outcome(source: DocumentSource): string {
  const last = latestEvent(source, ['sign_mediation_agreement', 'issue_decision', 'terminate_mediation', 'refuse_acceptance', 'transfer_out', 'withdraw', 'record_settlement'], (e) => e.penaltyId === null);
  const numberOf = (type: string) => latestIssued(source, type)?.number ?? '';
  const paren = (n: string) => (n === '' ? '' : `（${n}）`);
  switch (last?.eventType) {
    case 'sign_mediation_agreement':
      return `调解结案${paren(numberOf(source.profile === 'measures-2010' ? 'mediation_document' : 'mediation_agreement'))}`;
    case 'issue_decision': {
      const kind = payloadText(last, 'decision_kind');
      const kindLabel = DECISION_KINDS.includes(kind as (typeof DECISION_KINDS)[number]) ? label('decision_kind', kind) : '';
      return `作出处理决定（${[kindLabel, numberOf('handling_decision')].filter((s) => s !== '').join('，')}）`;
    }
    case 'terminate_mediation':
      return `终止调解${paren(numberOf(source.profile === 'measures-2010' ? 'mediation_termination_document' : 'mediation_termination_notice'))}`;
    case 'refuse_acceptance':
      return `不予受理${paren(numberOf('non_acceptance_notice'))}`;
    case 'transfer_out':
      return `转送${paren(numberOf('transfer_letter'))}`;
    case 'withdraw':
      return '投诉者撤回';
    case 'record_settlement':
      return '双方自行和解';
    default:
      return '';
  }
}

/** 时限执行情况: each clock with its due date and 按期 / 逾期 (or its state while it still runs). */
function clockLines(source: DocumentSource): string[] {
  return [...source.clocks]
    .sort((a, b) => a.startAt.getTime() - b.startAt.getTime() || a.id - b.id)
    .map((c) => {
      const name = TEXT[`clock.${c.clockKey}`] ?? c.clockKey;
      const due = c.dueDate ? `期限至${formatDate(c.dueDate)}` : '';
      let result: string;
      if (c.state === 'expired') result = '逾期';
      else if (c.state === 'stopped' && c.stoppedAt) {
        const done = formatDate(c.stoppedAt);
        const late = c.dueAt ? c.stoppedAt.getTime() > c.dueAt.getTime() : false;
        result = `${done}完成，${late ? '逾期' : '按期'}`;
      } else result = label('clock_state', c.state);
      return [`${name}：${due}`.replace(/：$/, ''), result].filter((s) => s !== '').join('，');
    });
}

export interface ClosureReportContext extends BaseContext {
  caseNumber: string;
  acceptedDate: string;
  closedDate: string;
  complainantName: string;
  respondentName: string;
  disputeNature: string;
  profileName: string;
  requests: string[];
  timeline: string[];
  outcome: string;
  compensation: string;
  performance: string;
  penalties: string[];
  deposit: string;
  appeals: string[];
  clocks: string[];
  callbacks: string[];
  handlerOpinion: string;
  handlerName: string;
  remarks: string[];
}

const info: DocumentTypeInfo = {
  type: 'closure_report',
  titles: { 'interim-1991': '旅游投诉结案报告', 'measures-2010': '旅游投诉结案报告' },
  family: 'form',
  prefix: '旅投结字',
  shortName: { 'interim-1991': '结案报告', 'measures-2010': '结案报告' },
  internal: true,
  sealed: false,
  sealMandatory: false,
  issuedOn: ['close'],
  per: 'case',
  recipients: { complainant: false, respondent: false },
};

export const closureReport: DocumentModule<ClosureReportContext> = {
  info,
  buildContext(source, target, stamp) {
    const facts = buildCaseFacts(source);
    const close = latestEvent(source, ['close', 'record_settlement', 'withdraw'], (e) => e.penaltyId === null);
    const money = source.obligations.filter((o) => (o.kind === 'pay' || o.kind === 'refund') && o.amount);
    const cents = money.reduce((s, o) => s + toCents(o.amount as string), 0);
    const penalties = source.penalties.flatMap((p) => {
      const doc = latestIssued(source, 'penalty_decision', (d) => d.penaltyId === p.id);
      if (!doc) return [];
      const agency = facts.respondents.some((r) => r.isTravelAgency && (r.name === inlineText(p.partyName) || source.parties.some((x) => x.id === r.partyId && x.organisationId !== null && x.organisationId === p.organisationId)));
      const items = decidedItems(p, penaltyOf(source, p.id).events).map((i) => penaltyItemText(i, agency));
      return [`${doc.number}：${inlineText(p.partyName)}，${items.join('；')}`];
    });
    const order = latestEvent(source, ['order_deposit_compensation'], (e) => e.penaltyId === null);
    const depositDoc = latestIssued(source, 'deposit_compensation_decision');
    const amount = payloadText(order, 'amount');
    const deposit = order ? [depositDoc?.number ?? '', amount === '' ? '' : moneyPlain(amount)].filter((s) => s !== '').join('，') : '';
    const appeals = eventsOf(source, ['file_appeal', 'record_appeal_outcome']).map((e) =>
      e.eventType === 'file_appeal'
        ? `${formatDate(e.occurredAt)}${SP}${label('appeal_kind', payloadText(e, 'appeal_kind'))}（${inlineText(payloadText(e, 'organ'))}）`
        : `${formatDate(e.occurredAt)}${SP}${label('appeal_outcome', payloadText(e, 'appeal_outcome'))}`);
    const callbacks = eventsOf(source, ['record_callback']).map((e) => `${formatDate(e.occurredAt)}${SP}${label('callback_result', payloadText(e, 'callback_result'))}`);
    const ctx: ClosureReportContext = {
      type: 'closure_report',
      profile: source.profile,
      title: titleOf(info, source.profile),
      documentNumber: stamp.number,
      dateText: stamp.dateText,
      missing: [],
      caseNumber: facts.caseNumber,
      acceptedDate: facts.acceptedDate || facts.receivedDate,
      closedDate: facts.closedDate || (close ? formatDate(close.occurredAt) : ''),
      complainantName: facts.complainantName,
      respondentName: facts.respondents.map((r) => r.name).join('、'),
      disputeNature: facts.disputeNature,
      profileName: source.profile === 'measures-2010' ? '旅游投诉处理办法（2010）' : '旅游投诉暂行规定',
      requests: facts.requests,
      timeline: timeline(source, close),
      outcome: outcome(source),
      compensation: cents > 0 ? `人民币${moneyText(cents / 100)}元` : '无',
      performance: source.obligations.length === 0
        ? '无'
        : source.obligations.map((o) => `${inlineText(o.obligor)}${label('obligation_kind', o.kind)}：${label('obligation_state', o.state)}`).join('；'),
      penalties,
      deposit,
      appeals,
      clocks: clockLines(source),
      callbacks,
      handlerOpinion: ensureFullStop(inlineText(payloadText(close, 'closure_summary'))),
      handlerName: facts.handlerName,
      remarks: [supersessionSentence(info, source.profile, facts.self, target)].filter((s) => s !== ''),
    };
    ctx.missing = missingOf({
      case_number: ctx.caseNumber,
      accepted_date: ctx.acceptedDate,
      complainant_name: ctx.complainantName,
      respondent_name: facts.respondents.length > 0 ? ctx.respondentName : '',
      dispute_nature: ctx.disputeNature,
      outcome: ctx.outcome,
      timeline: ctx.timeline,
      handler_opinion: ctx.handlerOpinion,
    });
    return ctx;
  },
  buildBlocks(ctx) {
    const L = (text: string): Cell => ({ text, label: true });
    const pair = (a: string, av: string, b: string, bv: string): Cell[] => [L(a), { text: av }, L(b), { text: bv }];
    const wide = (a: string, v: string): Cell[] => [L(a), { text: v, span: 3 }];
    const sign = (who: string) => `\n${who}：${SIGN_BLANK}`;
    const rows: Cell[][] = [
      pair('案件编号', ctx.caseNumber, '受理日期', ctx.acceptedDate),
      pair('投诉者', ctx.complainantName, '被投诉者', ctx.respondentName),
      pair('案由', ctx.disputeNature, '程序规范', ctx.profileName),
      wide('投诉请求', ctx.requests.map((r, i) => `${i + 1}.${r}`).join('\n')),
      wide('办理经过', ctx.timeline.join('\n')),
      wide('处理结果', ctx.outcome),
      pair('赔偿（退款）金额', ctx.compensation, '履行情况', ctx.performance),
      wide('行政处罚', ctx.penalties.length === 0 ? '无' : ctx.penalties.join('\n')),
      wide('质量保证金赔付', ctx.deposit === '' ? '无' : ctx.deposit),
      wide('行政复议、行政诉讼情况', ctx.appeals.length === 0 ? '无' : ctx.appeals.join('\n')),
      wide('时限执行情况', ctx.clocks.join('\n')),
      wide('回访情况', ctx.callbacks.join('\n')),
      wide('承办人意见', `${ctx.handlerOpinion}\n承办人：${ctx.handlerName}${SP}${ctx.closedDate}`),
      wide('审核意见', sign('审核人')),
      wide('批准意见', sign('批准人')),
      wide('归档', `${ARCHIVE}${ctx.remarks.length === 0 ? '' : `\n${ctx.remarks.join('\n')}`}`),
    ];
    const blocks: Block[] = [
      { kind: 'head', family: 'form' },
      { kind: 'title', lines: [ctx.title] },
      { kind: 'meta', left: `编号：${ctx.documentNumber}`, right: `结案日期：${ctx.closedDate}` },
      { kind: 'table', columnsMm: [28, 50, 28, 50], rows },
      // 署名 and 成文日期 without a seal (§2.8 "without seal", §9.1)
      { kind: 'signature' },
    ];
    return blocks;
  },
};

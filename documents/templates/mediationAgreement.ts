/**
 * 旅游投诉调解协议书 (documents.md §7.9, `interim-1991` only): the five contents the 1991 rules require, the terms
 * generated from the structured terms of `sign_mediation_agreement`, and the paper or portal signing lines.
 * The term texts, signing lines and confirmation lines are shared with the 2010 调解书 (§7.17).
 */
import type { CaseEventRecord } from '../../server/domain/case/types.ts';
import { buildCaseFacts, type CaseFacts } from '../context/caseFacts.ts';
import { label } from '../context/labels.ts';
import { cnNumeral, ensureFullStop, formatDateTime, inlineText, moneyWithUpper, paragraphs, shanghaiDate, stripEndPunctuation } from '../format/index.ts';
import type { Block } from '../layout/blocks.ts';
import type { BaseContext, DocumentModule, DocumentSource, DocumentTypeInfo } from '../model.ts';
import {
  complainantPartyLines, copiesCn, fileEnding, fileOpening, handlerNote, latestEvent, missingOf, paras, payloadFlag, payloadList, payloadText,
  performanceDue, respondentPartyLines, supersessionSentence, titleOf,
} from './common.ts';

export interface MediationAgreementContext extends BaseContext {
  partyLines: string[];
  agencyName: string;
  agencyAddress: string;
  self: string;
  mediatorNames: string;
  disputeNature: string;
  disputeName: string;
  mainFacts: string[];
  disputeFocus: string;
  complainantClaims: string;
  respondentPosition: string;
  mediationReasons: string;
  terms: string[];
  costsTerms: string;
  /** the deposit sentence for a 旅行社 that must pay, else '' */
  depositSentence: string;
  copiesCn: string;
  signingMode: 'paper' | 'portal' | '';
  signingLines: string[];
  supersession: string;
  note: string;
}

/** `本案调解不收取费用。` — the default of `costs_terms` (§7.9). */
export const DEFAULT_COSTS_TERMS = '本案调解不收取费用。';

/** A structured term or order (payload `terms[]` / `orders[]`, eventPayloads.ts `term`). */
export interface StructuredTerm {
  obligor: string;
  obligorPartyId: number | null;
  obligee: string;
  kind: string;
  amount: string;
  manner: string;
  performanceDays: number;
}

/** The terms (or orders) of a payload list, as plain values. */
export function structuredTerms(event: CaseEventRecord | null, key: 'terms' | 'orders'): StructuredTerm[] {
  return payloadList(event, key).map((raw) => {
    const t = (raw ?? {}) as Record<string, unknown>;
    const s = (k: string) => (typeof t[k] === 'string' ? inlineText(t[k] as string) : typeof t[k] === 'number' ? String(t[k]) : '');
    return {
      obligor: stripEndPunctuation(s('obligor')),
      obligorPartyId: typeof t.obligor_party_id === 'number' ? t.obligor_party_id : null,
      obligee: stripEndPunctuation(s('obligee')),
      kind: s('kind'),
      amount: s('amount'),
      manner: stripEndPunctuation(s('manner')),
      performanceDays: typeof t.performance_days === 'number' ? t.performance_days : Number(s('performance_days')),
    };
  });
}

/** `以{manner}方式` ('' without a manner; no doubled 方式). */
function byManner(manner: string): string {
  if (manner === '') return '';
  return manner.endsWith('方式') ? `以${manner}` : `以${manner}方式`;
}

/**
 * The text of one term (§7.9), ending with "。", e.g. `被投诉者于2026年4月10日前以银行转账方式向投诉者退还旅游费用
 * 人民币3600元（大写：叁仟陆佰元整）。` Money terms (refund, pay) without an amount, or without a due date, give ''.
 */
export function termText(t: StructuredTerm, due: string): string {
  if (due === '' || t.obligor === '') return '';
  const to = t.obligee === '' ? '' : `向${t.obligee}`;
  const money = t.amount === '' ? '' : moneyWithUpper(t.amount);
  const head = `${t.obligor}于${due}前`;
  switch (t.kind) {
    case 'refund':
      return money === '' ? '' : `${head}${byManner(t.manner)}${to}退还旅游费用${money}。`;
    case 'pay':
      return money === '' ? '' : `${head}${byManner(t.manner)}${to}支付${money}。`;
    case 'apologise':
      return t.manner.includes('赔礼道歉') ? `${head}${to}${t.manner}。` : `${head}${byManner(t.manner)}${to}赔礼道歉。`;
    default:
      // perform / other: the manner is the content of the performance
      return `${head}${to}${t.manner === '' ? label('obligation_kind', t.kind) : t.manner}${money === '' ? '' : `，金额${money}`}。`;
  }
}

/** The term texts with due dates counted from `startIso` (the signing or decision date); null when one cannot be built. */
export function termTexts(source: DocumentSource, terms: readonly StructuredTerm[], startIso: string): string[] | null {
  const texts = terms.map((t) => termText(t, performanceDue(source, startIso, t.performanceDays)));
  return texts.every((t) => t !== '') ? texts : null;
}

/** True when a term obliges one of the respondents to pay money (refund or pay with an amount). */
export function respondentPays(facts: CaseFacts, terms: readonly StructuredTerm[]): boolean {
  return terms.some((t) => {
    const isRespondent = facts.respondents.some((r) => r.partyId === t.obligorPartyId || r.name === t.obligor) || t.obligor === '被投诉者';
    return isRespondent && (t.kind === 'pay' || t.kind === 'refund') && t.amount !== '';
  });
}

const BLANK = '＿'.repeat(8);
const DATE_BLANK = '　　　　年　　月　　日';

/**
 * Signing lines of an agreement (§2.9, §7.9): paper — blanks for each complainant, each respondent and the mediator;
 * portal — the confirmation lines. The portal records one confirmation per side with the signing event, so its time
 * is the event's time; the confirming business user is not recorded and is left out. Returns null (missing
 * `confirmations`) when a side has not confirmed.
 */
export function signingLines(facts: CaseFacts, mode: 'paper' | 'portal' | '', sign: CaseEventRecord | null, mediatorNames: string): string[] | null {
  if (mode === 'paper') {
    return [
      ...facts.complainants.map(() => `投诉者（签名）：${BLANK}${DATE_BLANK}`),
      ...facts.respondents.flatMap(() => [`被投诉者（盖章）：${BLANK}`, `法定代表人或者委托代理人（签名）：${BLANK}${DATE_BLANK}`]),
      `调解员（签名）：${BLANK}`,
    ];
  }
  if (mode !== 'portal' || !sign || !payloadFlag(sign, 'complainant_signed') || !payloadFlag(sign, 'respondent_signed')) return null;
  const when = formatDateTime(sign.occurredAt);
  return [
    ...facts.complainants.map((p) => `投诉者：${p.name}（已于${when}通过${facts.portalName}确认本协议）`),
    ...facts.respondents.map((r) => `被投诉者：${r.name}（已于${when}通过${facts.portalName}确认本协议）`),
    `调解员：${mediatorNames}`,
  ];
}

/** The signing mode of the signing event ('' when none). */
export function signingModeOf(sign: CaseEventRecord | null): 'paper' | 'portal' | '' {
  const m = payloadText(sign, 'signing_mode');
  return m === 'paper' || m === 'portal' ? m : '';
}

/** 调解员: the names given when signing, else those of the mediation notice. */
export function mediatorNamesOf(source: DocumentSource, sign: CaseEventRecord | null): string {
  return stripEndPunctuation(inlineText(payloadText(sign, 'mediator_names') || payloadText(latestEvent(source, ['start_mediation']), 'mediator_names')));
}

/** Free text of one paragraph, ending with "。" ('' when empty). */
function sentence(v: string): string {
  return ensureFullStop(inlineText(v));
}

const info: DocumentTypeInfo = {
  type: 'mediation_agreement',
  titles: { 'interim-1991': '旅游投诉调解协议书', 'measures-2010': null },
  family: 'file',
  prefix: '旅投协字',
  shortName: { 'interim-1991': '协议书', 'measures-2010': '协议书' },
  internal: false,
  sealed: true,
  sealMandatory: true,
  issuedOn: ['sign_mediation_agreement'],
  per: 'case',
  recipients: { complainant: true, respondent: true },
};

export const mediationAgreement: DocumentModule<MediationAgreementContext> = {
  info,
  buildContext(source, target, stamp) {
    const facts = buildCaseFacts(source);
    const sign = latestEvent(source, ['sign_mediation_agreement'], (e) => e.penaltyId === null);
    const text = (k: string) => payloadText(sign, k);
    const mediatorNames = mediatorNamesOf(source, sign);
    const terms = structuredTerms(sign, 'terms');
    const texts = sign ? termTexts(source, terms, shanghaiDate(sign.occurredAt)) : null;
    const signingMode = signingModeOf(sign);
    const lines = signingLines(facts, signingMode, sign, mediatorNames);
    const costs = sentence(text('cost_bearing')) || DEFAULT_COSTS_TERMS;
    const ctx: MediationAgreementContext = {
      type: 'mediation_agreement',
      profile: source.profile,
      title: titleOf(info, source.profile),
      documentNumber: stamp.number,
      dateText: stamp.dateText,
      missing: [],
      partyLines: [
        ...complainantPartyLines(facts, { nationality: true, work: true, agent: true }),
        ...respondentPartyLines(facts, { licence: true, agent: true }),
      ],
      agencyName: facts.agencyName,
      agencyAddress: facts.agencyAddress,
      self: facts.self,
      mediatorNames,
      disputeNature: stripEndPunctuation(inlineText(text('dispute_nature'))) || facts.disputeNature,
      disputeName: stripEndPunctuation(inlineText(text('dispute_name'))),
      mainFacts: paragraphs(text('main_facts')),
      disputeFocus: sentence(text('dispute_focus')),
      complainantClaims: sentence(text('complainant_claims')),
      respondentPosition: sentence(text('respondent_position')),
      mediationReasons: sentence(text('mediation_reasons')),
      terms: texts ?? [],
      costsTerms: costs,
      depositSentence: facts.respondent.isTravelAgency && respondentPays(facts, terms)
        ? `被投诉者不履行本协议确定的赔偿义务的，${facts.self}可以依照${facts.citations.rules_deposit}的规定，以其旅游服务质量保证金赔付。`
        : '',
      copiesCn: copiesCn(facts),
      signingMode,
      signingLines: lines ?? [],
      supersession: supersessionSentence(info, source.profile, facts.self, target),
      note: handlerNote(facts),
    };
    ctx.missing = missingOf({
      complainant_name: facts.complainant.name,
      respondent_name: facts.respondents.length > 0 ? facts.respondent.name : '',
      dispute_nature: ctx.disputeNature,
      dispute_name: ctx.disputeName,
      main_facts: ctx.mainFacts,
      dispute_focus: ctx.disputeFocus,
      complainant_claims: ctx.complainantClaims,
      respondent_position: ctx.respondentPosition,
      mediation_reasons: ctx.mediationReasons,
      terms: ctx.terms,
      costs_terms: ctx.costsTerms,
      mediator_names: ctx.mediatorNames,
      signing_mode: ctx.signingMode,
      ...(signingMode === 'portal' ? { confirmations: ctx.signingLines } : {}),
    });
    return ctx;
  },
  buildBlocks(ctx) {
    const n = ctx.terms.length;
    const blocks: Block[] = [
      ...fileOpening(ctx.title),
      ...paras([
        ...ctx.partyLines,
        `主持调解机关：${ctx.agencyName}${ctx.agencyAddress === '' ? '' : `，地址：${ctx.agencyAddress}`}。调解员：${ctx.mediatorNames}。`,
        `纠纷性质：${ctx.disputeNature}。纠纷名称：${ctx.disputeName}。`,
      ]),
      { kind: 'heading', level: 1, text: '一、纠纷的主要事实' },
      ...paras([...ctx.mainFacts, `双方争议的焦点是：${ctx.disputeFocus}`, `投诉者的请求、理由和证据：${ctx.complainantClaims}`, `被投诉者的意见、理由和证据：${ctx.respondentPosition}`]),
      { kind: 'heading', level: 1, text: '二、调解理由' },
      ...paras([`${ctx.self}在调查核实、查明事实、分清责任的基础上认为：${ctx.mediationReasons}`]),
      { kind: 'heading', level: 1, text: '三、协议内容及费用负担' },
      ...paras([
        `经${ctx.self}主持调解，双方当事人在自愿、合法的基础上达成如下协议：`,
        ...ctx.terms.map((t, i) => `（${cnNumeral(i + 1)}）${t}`),
        `（${cnNumeral(n + 1)}）${ctx.costsTerms}`,
      ]),
      { kind: 'heading', level: 1, text: '四、协议的效力' },
      ...paras([
        `本协议书经双方当事人签名或者盖章，并加盖${ctx.agencyName}印章后生效。本协议系在${ctx.self}主持下达成，与${ctx.self}作出的投诉处理决定具有同等效力，双方当事人应当自觉履行。`,
        ctx.depositSentence,
        `本协议书一式${ctx.copiesCn}份，双方当事人各执一份，${ctx.self}存档一份。`,
        ctx.supersession,
      ]),
      ...fileEnding({ signingLines: ctx.signingLines, note: ctx.note }),
    ];
    return blocks;
  },
};
